#!/usr/bin/env node
/**
 * Completes package-lock.json with entries for other platforms' optional
 * binaries (e.g. @swc/core-darwin-arm64) that this machine's npm registry
 * does not serve: npm then cannot write them, and `npm ci` refuses a lockfile
 * that lacks them. Each stub carries the version, os and cpu npm needs to
 * skip the package on a platform it does not fit; it is never downloaded here.
 * Run after any `npm install` that changes dependencies: `npm run lock:complete`.
 */
const fs = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const packages = lock.packages;

const OS = [['darwin', 'darwin'], ['linux', 'linux'], ['win32', 'win32'], ['freebsd', 'freebsd'], ['android', 'android']];
const CPU = [['arm64', 'arm64'], ['x64', 'x64'], ['ia32', 'ia32'], ['arm', 'arm'], ['ppc64', 'ppc64'], ['s390x', 's390x']];
const platformOf = (name) => {
  const os = OS.find(([token]) => name.includes(`-${token}`));
  const cpu = CPU.find(([token]) => new RegExp(`-${token}(-|$)`).test(name));
  return os && cpu ? { os: [os[1]], cpu: [cpu[1]], ...(/-musl$/.test(name) ? { libc: ['musl'] } : /-gnu/.test(name) ? { libc: ['glibc'] } : {}) } : null;
};

let added = 0;
for (const [location, entry] of Object.entries(packages)) {
  for (const [dep, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${dep}`;
    if (packages[target] || packages[`${location}/node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform || !/^\d+\.\d+\.\d+/.test(range)) continue;
    packages[target] = { version: range, ...platform, optional: true, ...(entry.dev ? { dev: true } : {}) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform entr${added === 1 ? 'y' : 'ies'} added`);
