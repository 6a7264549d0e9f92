// Sends the session's CSRF token with every htmx request (forms carry it as a hidden field).
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    e.detail.headers[header.content] = token.content;
  }
});
// Shows that a request is running on the button that sent it.
document.addEventListener('htmx:beforeRequest', function (e) {
  var b = e.detail.elt.querySelector && e.detail.elt.querySelector('button[type="submit"]');
  if (b) { b.dataset.label = b.textContent; b.textContent = '处理中…'; b.disabled = true; }
});
document.addEventListener('htmx:afterRequest', function (e) {
  var b = e.detail.elt.querySelector && e.detail.elt.querySelector('button[type="submit"]');
  if (b && b.dataset.label) { b.textContent = b.dataset.label; b.disabled = false; }
});
// An error answer (4xx/5xx) is shown in place of the result instead of being dropped.
document.addEventListener('htmx:beforeSwap', function (e) {
  if (e.detail.xhr.status >= 400) { e.detail.shouldSwap = true; e.detail.isError = false; }
});
