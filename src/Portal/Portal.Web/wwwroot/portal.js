// Drafts of half-filled forms, kept in the browser so a lost connection or a reload loses nothing.
window.portalDrafts = {
  save: (key, json) => localStorage.setItem('ph-draft:' + key, json),
  load: key => localStorage.getItem('ph-draft:' + key),
  remove: key => localStorage.removeItem('ph-draft:' + key),
};
