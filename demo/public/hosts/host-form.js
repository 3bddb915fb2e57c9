// host-form.html: counts the site form's submissions (and lets them happen, as the site would).
window.__siteSubmits = 0;
document.getElementById('site-form')?.addEventListener('submit', () => {
  window.__siteSubmits += 1;
});
