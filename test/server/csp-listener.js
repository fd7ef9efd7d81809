// Loaded by the strict-CSP test page (an inline script would itself be a violation): it keeps every report.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
