// deckbuild serve: reload on a good build, show the problems of a broken one (served, never built).
(function () {
  "use strict";
  var box = null;
  function problems(lines) {
    if (!box) { box = document.createElement("pre"); box.id = "deckbuild-problems"; document.body.appendChild(box); }
    box.textContent = lines.join("\n");
    box.hidden = false;
  }
  var events = new EventSource("/__deckbuild/events");
  events.addEventListener("state", function (e) {
    var state = JSON.parse(e.data);
    if (state.ok && state.build !== window.DECKBUILD_BUILD) { location.reload(); return; }
    if (!state.ok) problems(state.diagnostics);
    else if (box) box.hidden = true;
  });
})();
