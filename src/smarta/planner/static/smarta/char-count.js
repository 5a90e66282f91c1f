// The live character count of a text field with a limit, "123 / 2000", in the element marked
// data-count-for="<the field's id>". It reads the limit from the field's maxlength and counts
// as the browser does for it; without script (or without a limit) the element stays hidden.
(() => {
  const show = (output, field) => {
    output.textContent = `${field.value.length} / ${field.maxLength}`;
    output.classList.toggle("at-limit", field.value.length >= field.maxLength);
  };
  for (const output of document.querySelectorAll("[data-count-for]")) {
    const field = document.getElementById(output.dataset.countFor);
    if (!field || field.maxLength < 0) continue; // -1: no maxlength
    show(output, field);
    output.hidden = false;
    field.addEventListener("input", () => show(output, field));
  }
})();
