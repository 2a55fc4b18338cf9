// Drafts of half-filled forms, kept in the browser so a lost connection or a reload loses nothing.
window.portalDrafts = {
  save: (key, json) => localStorage.setItem('ph-draft:' + key, json),
  load: key => localStorage.getItem('ph-draft:' + key),
  remove: key => localStorage.removeItem('ph-draft:' + key),
};

// The reconnect box's buttons (App.razor). A rejected circuit cannot come back: reload, as Blazor's own box would.
(() => {
  const box = document.getElementById('components-reconnect-modal');
  if (!box) {
    return;
  }

  const resume = async () => {
    try {
      if (!(await Blazor.resumeCircuit())) {
        location.reload();
      }
    } catch {
      box.classList.replace('components-reconnect-paused', 'components-reconnect-resume-failed');
    }
  };
  const retry = async () => {
    try {
      if (!(await Blazor.reconnect())) {
        await resume();
      }
    } catch {
      box.classList.add('components-reconnect-failed');
    }
  };
  document.getElementById('components-reconnect-button')?.addEventListener('click', retry);
  document.getElementById('components-resume-button')?.addEventListener('click', resume);
  box.addEventListener('components-reconnect-state-changed', event => {
    if (event.detail?.state === 'rejected') {
      location.reload();
    }
  });
})();
