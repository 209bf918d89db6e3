// Pre-request script for POST vehicles: a fresh VIN with a valid ISO 3779 check digit and a
// fresh plate, so the contract run can be repeated against the same database.
const tr = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5,
  P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];
const alnum = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789';
const pick = (s) => s[Math.floor(Math.random() * s.length)];
let draft = 'LSV';
for (let i = 0; i < 5; i++) draft += pick(alnum);
draft += '0R' + pick(alnum);
for (let i = 0; i < 6; i++) draft += pick('0123456789');
let sum = 0;
for (let i = 0; i < 17; i++) {
  const c = draft[i];
  sum += (/[0-9]/.test(c) ? Number(c) : tr[c]) * weights[i];
}
const check = sum % 11 === 10 ? 'X' : String(sum % 11);
pm.collectionVariables.set('qaVin', draft.slice(0, 8) + check + draft.slice(9));
let plate = '京Q' + pick('ABCDEFGHJKLMNPRSTUVWXYZ');
for (let i = 0; i < 4; i++) plate += pick('0123456789');
pm.collectionVariables.set('qaPlate', plate);
