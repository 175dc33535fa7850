// Shared by the admin pages (agents, broadcasts, attribution): the key field (#key, kept in this tab only), the status line
// (#message), and one call to the admin API that turns a refusal into the API's own reason on that line.
window.adminApi = (() => {
  const key = document.getElementById('key');
  const message = document.getElementById('message');
  key.value = sessionStorage.getItem('dsb.adminKey') || '';

  function say(text, isError) {
    message.textContent = text;
    message.className = isError ? 'error' : '';
  }

  // The response when it succeeded; null, with the reason shown, when it was refused or failed.
  async function call(path, init = {}) {
    const value = key.value.trim();
    if (!value) { say('Enter an admin API key (one of Admin:ApiKeys).', true); return null; }
    sessionStorage.setItem('dsb.adminKey', value);
    let response;
    try {
      response = await fetch(path, { ...init, headers: { ...(init.headers || {}), Authorization: `Bearer ${value}` } });
    } catch {
      say('The bot could not be reached.', true);
      return null;
    }
    if (response.ok) return response;
    if (response.status === 401 || response.status === 403) {
      say('That API key was refused. The host accepts the keys listed in its Admin:ApiKeys setting.', true);
      return null;
    }
    let reason = `The bot answered ${response.status}.`;
    try {
      const problem = await response.json();
      const details = Object.values(problem.errors || {}).flat();
      reason = details.length ? details.join(' ') : (problem.detail || problem.title || reason);
    } catch { /* not a problem document */ }
    say(reason, true);
    return null;
  }

  return { call, say, hasKey: () => key.value.trim() !== '' };
})();
