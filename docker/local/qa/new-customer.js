// Pre-request script for POST customers: a fresh mobile number for every run.
let phone = '139';
for (let i = 0; i < 8; i++) phone += Math.floor(Math.random() * 10);
pm.collectionVariables.set('qaPhone', phone);
