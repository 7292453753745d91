// htmx requests carry the CSRF token from the page's meta tags (no inline script: the CSP forbids it).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("meta[name='_csrf']");
  var header = document.querySelector("meta[name='_csrf_header']");
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// File inputs with data-previews: each choice adds to the files chosen so far (a phone's camera gives one photo at a
// time), shows a thumbnail (an image) or the name (a PDF) with a button to remove it before sending, and keeps at
// most data-max files. The input's own file list is what the form sends, so without JavaScript it still works.
function setUpPreviews(input) {
  var box = document.getElementById(input.dataset.previews);
  if (!box || input.dataset.previewsReady) { return; }
  input.dataset.previewsReady = "1";
  var max = parseInt(input.dataset.max || "10", 10);
  var chosen = [];
  function render() {
    var transfer = new DataTransfer();
    chosen.forEach(function (f) { transfer.items.add(f); });
    input.files = transfer.files;
    box.replaceChildren();
    chosen.forEach(function (file, index) {
      var item = document.createElement("figure");
      item.className = "preview";
      if (file.type.indexOf("image/") === 0) {
        var img = document.createElement("img");
        img.src = URL.createObjectURL(file);
        img.alt = file.name;
        item.appendChild(img);
      } else {
        var name = document.createElement("span");
        name.className = "doc";
        name.textContent = file.name;
        item.appendChild(name);
      }
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "secondary remove-file";
      remove.textContent = input.dataset.remove || "×";
      remove.addEventListener("click", function () { chosen.splice(index, 1); render(); });
      item.appendChild(remove);
      box.appendChild(item);
    });
  }
  input.addEventListener("change", function () {
    var added = Array.prototype.slice.call(input.files);
    // the list just set by render() comes back as a change in some browsers: only new files are added
    added.forEach(function (f) {
      var known = chosen.some(function (c) { return c.name === f.name && c.size === f.size && c.lastModified === f.lastModified; });
      if (!known && chosen.length < max) { chosen.push(f); }
    });
    render();
  });
}
function setUpAll(root) {
  (root || document).querySelectorAll("input[type=file][data-previews]").forEach(setUpPreviews);
}
document.addEventListener("DOMContentLoaded", function () { setUpAll(document); });
document.addEventListener("htmx:load", function (event) { setUpAll(event.detail.elt); });

// Wide screens show the menu and the further filters open; phones fold them (details elements, so without
// JavaScript they still open with a tap).
function unfoldOnWideScreens() {
  var wide = window.matchMedia("(min-width: 1000px)").matches;
  var menu = document.getElementById("menu");
  if (menu && wide) { menu.open = true; }
  if (window.matchMedia("(min-width: 720px)").matches) {
    document.querySelectorAll("details.filter-more").forEach(function (d) { d.open = true; });
  }
}
// Tables become cards on a phone: each cell is labelled with its column's heading.
function labelCells(root) {
  (root || document).querySelectorAll("table").forEach(function (table) {
    var head = null;
    Array.prototype.some.call(table.rows, function (row) {
      if (row.querySelector("th") && !row.querySelector("td")) { head = row; return true; }
      return false;
    });
    if (!head) { return; }
    var names = Array.prototype.map.call(head.cells, function (c) { return c.textContent.trim(); });
    Array.prototype.forEach.call(table.rows, function (row) {
      if (row === head) { return; }
      var column = 0;
      Array.prototype.forEach.call(row.cells, function (cell) {
        if (!cell.hasAttribute("data-label") && names[column]) { cell.setAttribute("data-label", names[column]); }
        column += cell.colSpan || 1;
      });
    });
  });
}
document.addEventListener("DOMContentLoaded", function () { unfoldOnWideScreens(); labelCells(document); });
document.addEventListener("htmx:load", function (event) { labelCells(event.detail.elt); });

// The document form shows the penalty's fields only for a penalty decision (without JavaScript they stay visible).
function togglePenaltyFields() {
  var type = document.getElementById("type");
  var penalty = document.getElementById("penalty-fields");
  if (!type || !penalty || !document.getElementById("issue-form")) { return; }
  var show = function () { penalty.hidden = type.value !== "PENALTY_DECISION"; };
  type.addEventListener("change", show);
  show();
}
document.addEventListener("DOMContentLoaded", togglePenaltyFields);
