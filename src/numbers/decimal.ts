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
    const whole = Number(plain);
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
