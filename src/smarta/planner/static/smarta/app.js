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
// Header menus: one open at a time; a click elsewhere or Escape closes them.
document.addEventListener("click", (event) => {
  for (const menu of document.querySelectorAll(".menu details[open], details.menu[open]")) {
    if (!menu.contains(event.target)) menu.removeAttribute("open");
  }
});
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  for (const menu of document.querySelectorAll(".menu details[open], details.menu[open]")) {
    menu.removeAttribute("open");
  }
});
