/**
 * Mainland-China plates: province abbreviation + issuing-office letter + 5 characters
 * (京A12345), or 6 for new-energy plates (京AD12345). Special suffixes (挂 学 警 港 澳)
 * are accepted. The server normalises and has the last word.
 */
const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
const PLATE = new RegExp(`^[${PROVINCES}][A-Z](?:[A-Z0-9]{5,6}|[A-Z0-9]{4}[挂学警港澳])$`);

/** Upper case, no spaces or separators — what the plate looks like on the register. */
export function normalizePlate(raw: string): string {
  return raw.toUpperCase().replace(/[\s·•.-]+/g, '');
}

export function looksLikePlate(raw: string): boolean {
  return PLATE.test(normalizePlate(raw));
}
