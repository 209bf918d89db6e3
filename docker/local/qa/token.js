// Collection pre-request script: signs in once per run (password grant on the local-only
// `dms-cli` client) and refreshes the token shortly before it expires. Requests that must be
// anonymous (the "unauthenticated" variations) have their auth removed by Portman.
const exp = Number(pm.collectionVariables.get('tokenExpiresAt') || 0);
if (!pm.collectionVariables.get('bearerToken') || Date.now() > exp - 30000) {
  pm.sendRequest({
    url: pm.collectionVariables.get('tokenUrl'),
    method: 'POST',
    header: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: {
      mode: 'urlencoded',
      urlencoded: [
        { key: 'grant_type', value: 'password' },
        { key: 'client_id', value: 'dms-cli' },
        { key: 'username', value: pm.collectionVariables.get('qaUser') },
        { key: 'password', value: pm.collectionVariables.get('qaPassword') },
      ],
    },
  }, (err, res) => {
    if (err || res.code !== 200) {
      throw new Error('Keycloak token request failed: ' + (err || res.code + ' ' + res.text()));
    }
    const body = res.json();
    pm.collectionVariables.set('bearerToken', body.access_token);
    pm.collectionVariables.set('tokenExpiresAt', String(Date.now() + body.expires_in * 1000));
  });
}
