// Language switch: Vietnamese, English or both; the choice is kept for the next page.
(function () {
  var body = document.body;
  function choose(lang) {
    body.classList.remove("lang-vi", "lang-en", "lang-both");
    body.classList.add("lang-" + lang);
    document.querySelectorAll(".langs button").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
    });
    try { window.localStorage.setItem("wardwh-lang", lang); } catch (e) { /* storage off */ }
  }
  document.querySelectorAll(".langs button").forEach(function (button) {
    button.addEventListener("click", function () { choose(button.dataset.lang); });
  });
  var saved = null;
  try { saved = window.localStorage.getItem("wardwh-lang"); } catch (e) { saved = null; }
  choose(saved === "vi" || saved === "en" ? saved : "both");
})();
