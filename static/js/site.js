// Progressive enhancement only: every page works without this file.
document.querySelectorAll("button.copy[data-copy]").forEach((button) => {
  const source = document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(source.value || source.textContent);
      button.textContent = "Copied";
    } catch {
      source.select();
      button.textContent = "Press Ctrl+C to copy";
    }
    setTimeout(() => { button.textContent = "Copy citation"; }, 2500);
  });
});

// Empty filter fields are left out of the URL, so links stay short and readable.
document.querySelectorAll("form.filters").forEach((form) => {
  form.addEventListener("submit", () => {
    form.querySelectorAll("input[name], select[name]").forEach((field) => {
      if (!field.value) field.disabled = true;
    });
  });
});
window.addEventListener("pageshow", () => {
  document.querySelectorAll("form.filters [disabled]").forEach((field) => { field.disabled = false; });
});
