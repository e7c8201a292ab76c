/**
 * Scales a decimal string by 10^exponent by moving the point in the string, so `1062.39` with
 * 万 (10^4) becomes exactly 10623900 instead of 10623899.999999998.
 */
export function scaleDecimal(digits: string, exponent: number): number {
  const plain = digits.includes(',') ? digits.replaceAll(',', '') : digits;
  const point = plain.indexOf('.');
  if (point < 0) {
    // Most numbers are whole (3单, 2500万): their product with a power of ten is exact while both
    // are safe integers, so the string need not be rebuilt and parsed again.
    const short = shortWhole(plain);
    const whole = short < 0 ? Number(plain) : short;
    const product = whole * 10 ** exponent;
    if (Number.isSafeInteger(whole) && Number.isSafeInteger(product)) return product;
  }
  if (exponent === 0) return Number(plain);
  // Slices at the points, not `split`, which builds an array for one number.
  const second = point < 0 ? -1 : plain.indexOf('.', point + 1);
  const whole = point < 0 ? plain : plain.slice(0, point);
  const fraction = point < 0 ? '' : plain.slice(point + 1, second < 0 ? plain.length : second);
  const shifted = fraction.padEnd(exponent, '0');
  const intPart = `${whole}${shifted.slice(0, exponent)}`;
  const rest = shifted.slice(exponent);
  return Number(rest ? `${intPart}.${rest}` : intPart);
}

/**
 * The value of up to 15 ASCII digits (always a safe integer, so exact), else -1. Reading the
 * codes is several times faster than `Number` on a string just cut from the text, which has no
 * cached value, and most numbers in news are a few digits.
 */
function shortWhole(text: string): number {
  if (text.length === 0 || text.length > 15) return -1;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}
