// Passkeys for PartnershipHub's sign-in pages: plain script, served from this origin (the pages allow no inline script).
(function () {
  'use strict';

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var binary = atob(base64 + '==='.slice((base64.length + 3) % 4));
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) { bytes[i] = binary.charCodeAt(i); }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = '';
    for (var i = 0; i < bytes.length; i++) { binary += String.fromCharCode(bytes[i]); }
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function antiforgery() {
    var field = document.querySelector('input[name="__RequestVerificationToken"]');
    return field ? field.value : '';
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'RequestVerificationToken': antiforgery() },
      body: JSON.stringify(body || {})
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) { throw new Error(json.title || 'Er ging iets mis. / Something went wrong.'); }
        return json;
      });
    });
  }

  function status(text) {
    var element = document.getElementById('passkey-status');
    if (element) { element.textContent = text; }
  }

  function descriptors(list) {
    return (list || []).map(function (c) { return { type: c.type, id: toBytes(c.id), transports: c.transports }; });
  }

  function add() {
    var name = (document.getElementById('passkey-name') || {}).value || '';
    post('/account/passkeys/registration/options').then(function (options) {
      options.challenge = toBytes(options.challenge);
      options.user.id = toBytes(options.user.id);
      options.excludeCredentials = descriptors(options.excludeCredentials);
      return navigator.credentials.create({ publicKey: options });
    }).then(function (credential) {
      return post('/account/passkeys/registration', {
        name: name,
        credential: {
          id: credential.id,
          rawId: toBase64url(credential.rawId),
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          response: {
            attestationObject: toBase64url(credential.response.attestationObject),
            clientDataJSON: toBase64url(credential.response.clientDataJSON),
            transports: credential.response.getTransports ? credential.response.getTransports() : []
          }
        }
      });
    }).then(function () { window.location.reload(); }, function (error) { status(error.message); });
  }

  function signIn() {
    var returnUrl = (document.querySelector('input[name="returnUrl"]') || {}).value || '/account/';
    post('/account/login/passkey/options').then(function (options) {
      options.challenge = toBytes(options.challenge);
      options.allowCredentials = descriptors(options.allowCredentials);
      return navigator.credentials.get({ publicKey: options });
    }).then(function (credential) {
      return post('/account/login/passkey', {
        returnUrl: returnUrl,
        credential: {
          id: credential.id,
          rawId: toBase64url(credential.rawId),
          type: credential.type,
          clientExtensionResults: credential.getClientExtensionResults(),
          response: {
            authenticatorData: toBase64url(credential.response.authenticatorData),
            clientDataJSON: toBase64url(credential.response.clientDataJSON),
            signature: toBase64url(credential.response.signature),
            userHandle: credential.response.userHandle ? toBase64url(credential.response.userHandle) : null
          }
        }
      });
    }).then(function (result) { window.location.assign(result.redirect); }, function (error) { status(error.message); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var supported = !!(window.PublicKeyCredential && navigator.credentials);
    var addButton = document.getElementById('passkey-add');
    var signInButton = document.getElementById('passkey-sign-in');
    if (!supported) {
      if (addButton) {
        addButton.disabled = true;
        status('Deze browser kan geen passkeys gebruiken. / This browser cannot use passkeys.');
      }
      return;
    }

    if (addButton) { addButton.addEventListener('click', add); }
    if (signInButton) { signInButton.hidden = false; signInButton.addEventListener('click', signIn); }
  });
}());
