// @ts-check
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key one client's allowance is counted under: the IPv4 address, or the /64 network of an
 * IPv6 address (one home or host usually gets a whole /64, so single addresses are free to it).
 * IPv4-mapped IPv6 addresses count as their IPv4 address.
 * @param {string} ip
 * @returns {string}
 */
export function clientKey(ip) {
  const address = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] && isIPv4(mapped[1])) return mapped[1];
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/**
 * The eight 16-bit groups of an IPv6 address, as lower-case hex without leading zeros.
 * @param {string} address a valid IPv6 address
 * @returns {string[]}
 */
function expandIPv6(address) {
  let text = address.toLowerCase();
  // A trailing dotted IPv4 part stands for the last two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    text = `${text.slice(0, v4.index)}${(((a ?? 0) << 8) | (b ?? 0)).toString(16)}:${(((c ?? 0) << 8) | (d ?? 0)).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return groups.map((g) => Number.parseInt(g, 16).toString(16));
}
