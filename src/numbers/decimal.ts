/**
 * Scales a decimal string by 10^exponent by moving the point in the string, so `1062.39` with
 * 万 (10^4) becomes exactly 10623900 instead of 10623899.999999998.
 */
export function scaleDecimal(digits: string, exponent: number): number {
  const plain = digits.includes(',') ? digits.replaceAll(',', '') : digits;
  if (exponent === 0) return Number(plain);
  const [whole = '0', fraction = ''] = plain.split('.');
  const shifted = fraction.padEnd(exponent, '0');
  const intPart = `${whole}${shifted.slice(0, exponent)}`;
  const rest = shifted.slice(exponent);
  return Number(rest ? `${intPart}.${rest}` : intPart);
}
