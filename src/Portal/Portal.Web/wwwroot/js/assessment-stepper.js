// Scrolls a step's heading to just below the fixed top bar (whatever its height on this screen), so on a phone the
// criterion's name is not hidden under the bar after "Next" or "Previous".
export function scrollBelowTopBar(element) {
  if (!element) {
    return;
  }
  const bar = document.querySelector('.mud-appbar');
  const barBottom = bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
  const top = element.getBoundingClientRect().top + window.scrollY - barBottom - 8;
  const reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollTo({ top: Math.max(0, top), behavior: reduced ? 'auto' : 'smooth' });
}
