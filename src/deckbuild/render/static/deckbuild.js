// deckbuild's HTML deck: keys, the #N address, reveal steps, presenter view and overview.
(function () {
  "use strict";
  var slides = Array.prototype.slice.call(document.querySelectorAll("#deck > .slide"));
  var body = document.body, notesPane = document.getElementById("notes-pane");
  var bar = document.getElementById("presenter-bar"), timer = document.getElementById("timer");
  var counter = document.getElementById("counter");
  var cur = 0, shown = 0, started = null, ticking = null;

  function steps(i) {
    var most = 0;
    slides[i].querySelectorAll("[data-step]").forEach(function (e) { most = Math.max(most, +e.dataset.step); });
    return most;
  }

  function show() {
    slides.forEach(function (s, i) {
      s.classList.toggle("current", i === cur);
      s.classList.toggle("next", i === cur + 1);
      s.querySelectorAll("[data-step]").forEach(function (e) {
        e.classList.toggle("pending", i > cur || (i === cur && +e.dataset.step > shown));
      });
    });
    if (slides.length) {
      notesPane.innerHTML = slides[cur].querySelector(".notes").innerHTML;
      counter.textContent = (cur + 1) + " / " + slides.length;
      var hash = "#" + (cur + 1) + (shown ? "." + shown : "");
      if (location.hash !== hash) history.replaceState(null, "", hash);
    }
  }

  function go(i, step) {
    if (!slides.length) return;
    cur = Math.max(0, Math.min(slides.length - 1, i));
    shown = Math.max(0, Math.min(steps(cur), step || 0));
    show();
  }

  function next() {
    if (shown < steps(cur)) { shown += 1; show(); } else if (cur < slides.length - 1) go(cur + 1, 0);
  }

  function prev() {
    if (shown > 0) { shown -= 1; show(); } else if (cur > 0) go(cur - 1, steps(cur - 1));
  }

  function fromHash() {
    var m = /^#(\d+)(?:\.(\d+))?$/.exec(location.hash);
    if (m) go(+m[1] - 1, m[2] ? +m[2] : 0); else go(cur, shown);
  }

  function tick() {
    var s = Math.floor((Date.now() - started) / 1000);
    timer.textContent = String(Math.floor(s / 60)).padStart(2, "0") + ":" + String(s % 60).padStart(2, "0");
  }

  function mode(name, on) {
    body.classList.toggle(name, on);
    if (name === "presenter") {
      notesPane.hidden = bar.hidden = !on;
      if (on && started === null) started = +(sessionStorage.getItem("deckbuild-timer") || Date.now());
      if (on) { sessionStorage.setItem("deckbuild-timer", String(started)); tick(); ticking = setInterval(tick, 1000); }
      else { clearInterval(ticking); }
    }
    if (on) body.classList.remove(name === "presenter" ? "overview" : "presenter");
    if (on && name === "overview") { notesPane.hidden = bar.hidden = true; slides[cur].scrollIntoView({block: "nearest"}); }
    var modes = ["presenter", "overview"].filter(function (m) { return body.classList.contains(m); });
    sessionStorage.setItem("deckbuild-mode", modes.join(" "));
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    switch (e.key) {
      case "ArrowRight": case "ArrowDown": case "PageDown": case " ": next(); break;
      case "ArrowLeft": case "ArrowUp": case "PageUp": case "Backspace": prev(); break;
      case "Home": go(0, 0); break;
      case "End": go(slides.length - 1, 0); break;
      case "f":
        if (document.fullscreenElement) document.exitFullscreen();
        else if (document.documentElement.requestFullscreen) document.documentElement.requestFullscreen().catch(function () {});
        break;
      case "p": mode("presenter", !body.classList.contains("presenter")); break;
      case "o": mode("overview", !body.classList.contains("overview")); break;
      case "Escape": mode("overview", false); mode("presenter", false); break;
      default: return;
    }
    e.preventDefault();
  });

  document.getElementById("deck").addEventListener("click", function (e) {
    if (e.target.closest("a")) return;
    var slide = e.target.closest(".slide");
    if (body.classList.contains("overview")) { if (slide) { go(slides.indexOf(slide), 0); mode("overview", false); } }
    else if (!body.classList.contains("presenter") || slide === slides[cur]) next();
  });

  window.addEventListener("hashchange", fromHash);
  fromHash();
  (sessionStorage.getItem("deckbuild-mode") || "").split(" ").forEach(function (m) { if (m) mode(m, true); });
})();
