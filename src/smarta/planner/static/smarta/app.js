// Small behaviours without inline script (the Content-Security-Policy forbids it).
document.addEventListener("click", (event) => {
  const take = event.target.closest("[data-take-deadline]");
  if (take) {
    const input = document.getElementById("id_deadline");
    if (input) {
      input.value = take.dataset.takeDeadline;
      input.dispatchEvent(new Event("change", { bubbles: true }));
      take.textContent = take.dataset.takenLabel || "✓";
    }
  }
});
document.addEventListener("submit", (event) => {
  const message = event.target.dataset && event.target.dataset.confirm;
  if (message && !window.confirm(message)) event.preventDefault();
});
