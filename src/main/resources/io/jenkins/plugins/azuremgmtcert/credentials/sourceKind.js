// Keeps the hidden certificateSourceKind field before Test Connection equal to the class of the certificate source
// whose radio block is selected. The button sends fields by name whatever block they are in, so this is how the
// server knows which of them to test.
Behaviour.specify(".azure-mgmt-cert-source-kind", "azure-mgmt-cert-source-kind", 0, function (kind) {
  const form = kind.closest("form");
  if (!form) {
    return;
  }
  const isSourceRadio = function (input) {
    return input.type === "radio" && input.classList.contains("radio-block-control")
        && /(^|\.)certificateSource$/.test(input.name);
  };
  const sync = function () {
    const checked = Array.from(form.querySelectorAll("input[type=radio].radio-block-control"))
        .find(function (input) {
          return isSourceRadio(input) && input.checked;
        });
    const block = checked ? checked.closest(".radioBlock-container") : null;
    const clazz = block ? block.querySelector("input[name='stapler-class'], input[name='$class']") : null;
    kind.value = clazz ? clazz.value : "";
  };
  form.addEventListener("change", function (event) {
    if (event.target instanceof HTMLInputElement && isSourceRadio(event.target)) {
      sync();
    }
  });
  sync();
});
