// Reads a chosen file into the hidden Base64 field next to it, so validation and Test Connection can see the file
// before the credential is saved (a file input's content does not travel with those requests).
Behaviour.specify(".azure-mgmt-cert-file", "azure-mgmt-cert-file", 0, function (fileInput) {
  function readChosenFile() {
    const item = fileInput.closest(".jenkins-form-item, .setting-main, td");
    const target = item ? item.querySelector(".azure-mgmt-cert-file-content") : null;
    const file = fileInput.files[0];
    if (!target || !file) {
      return;
    }
    const reader = new FileReader();
    reader.onload = function () {
      const bytes = new Uint8Array(reader.result);
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000) {
        binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      }
      target.value = btoa(binary);
      target.dispatchEvent(new Event("change"));
    };
    reader.readAsArrayBuffer(file);
  }
  fileInput.addEventListener("change", readChosenFile);
  // The dialog shows the form while its scripts still load: a file chosen before this ran fired its change event
  // unheard. Read it now, or the summary never comes and saving says no file was chosen.
  if (fileInput.files && fileInput.files.length > 0) {
    readChosenFile();
  }
});
