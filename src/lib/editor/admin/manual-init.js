// Decap CMS starts once admin/backend.js has registered the site's backends.
window.CMS_MANUAL_INIT = true;
