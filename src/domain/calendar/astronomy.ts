/**
 * The two astronomical quantities the Vietnamese lunisolar calendar needs: the instant of
 * each new moon and the apparent longitude of the Sun. Formulas from Jean Meeus,
 * "Astronomical Algorithms" (2nd ed., 1998): ch. 49 (phases of the Moon, error well under a
 * minute) and ch. 25 (solar coordinates, low-accuracy method, about 0.01°, i.e. a quarter of
 * an hour of solar motion). Times are Julian Ephemeris Days (JDE, Terrestrial Time).
 */

const RAD = Math.PI / 180;

function sinDeg(degrees: number): number {
  return Math.sin(degrees * RAD);
}

/** Mean length of a lunation in days (Meeus ch. 49). */
export const SYNODIC_MONTH = 29.530588861;

/** JDE of new moon number 0 (2000-01-06), the origin of the lunation count `k`. */
export const NEW_MOON_EPOCH_JDE = 2451550.09766;

// Periodic terms of the true new moon (Meeus table 49.A, "New Moon" column):
// [coefficient, power of E, multiple of M′, of M, of F, of Ω].
const NEW_MOON_TERMS: ReadonlyArray<readonly [number, number, number, number, number, number]> = [
  [-0.4072, 0, 1, 0, 0, 0],
  [0.17241, 1, 0, 1, 0, 0],
  [0.01608, 0, 2, 0, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, 1, -1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 0, 2, 0, 0],
  [-0.00111, 0, 1, 0, -2, 0],
  [-0.00057, 0, 1, 0, 2, 0],
  [0.00056, 1, 2, 1, 0, 0],
  [-0.00042, 0, 3, 0, 0, 0],
  [0.00042, 1, 0, 1, 2, 0],
  [0.00038, 1, 0, 1, -2, 0],
  [-0.00024, 1, 2, -1, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 1, 2, 0, 0],
  [0.00004, 0, 2, 0, -2, 0],
  [0.00004, 0, 0, 3, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 2, 0, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, 1, -1, 2, 0],
  [-0.00002, 0, 1, -1, -2, 0],
  [-0.00002, 0, 3, 1, 0, 0],
  [0.00002, 0, 4, 0, 0, 0],
];

// Planetary arguments A1…A14 (Meeus ch. 49): [coefficient, constant, rate per lunation].
// A1 also has a T² term, added separately.
const PLANETARY_TERMS: ReadonlyArray<readonly [number, number, number]> = [
  [0.000325, 299.77, 0.107408],
  [0.000165, 251.88, 0.016321],
  [0.000164, 251.83, 26.651886],
  [0.000126, 349.42, 36.412478],
  [0.00011, 84.66, 18.206239],
  [0.000062, 141.74, 53.303771],
  [0.00006, 207.14, 2.453732],
  [0.000056, 154.84, 7.30686],
  [0.000047, 34.52, 27.261239],
  [0.000042, 207.19, 0.121824],
  [0.00004, 291.34, 1.844379],
  [0.000037, 161.72, 24.198154],
  [0.000035, 239.56, 25.513099],
  [0.000023, 331.55, 3.592518],
];

/** JDE of the true new moon number `k` (an integer; 0 is 2000-01-06, negative is earlier). Meeus ch. 49. */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = NEW_MOON_EPOCH_JDE + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const sunAnomaly = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const moonAnomaly = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const latitudeArgument = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const ascendingNode = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

  let correction = 0;
  for (const [coefficient, ePower, mp, m, f, om] of NEW_MOON_TERMS) {
    const angle = mp * moonAnomaly + m * sunAnomaly + f * latitudeArgument + om * ascendingNode;
    correction += coefficient * e ** ePower * sinDeg(angle);
  }
  PLANETARY_TERMS.forEach(([coefficient, constant, rate], index) => {
    const angle = constant + rate * k + (index === 0 ? -0.009173 * t2 : 0);
    correction += coefficient * sinDeg(angle);
  });
  return mean + correction;
}

/** Apparent longitude of the Sun (with nutation and aberration), in degrees in [0, 360), at a JDE. Meeus ch. 25 (low accuracy). */
export function sunApparentLongitude(jde: number): number {
  const t = (jde - 2451545) / 36525;
  const t2 = t * t;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
  const meanAnomaly = 357.52911 + 35999.05029 * t - 0.0001537 * t2;
  const centre =
    (1.914602 - 0.004817 * t - 0.000014 * t2) * sinDeg(meanAnomaly) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * meanAnomaly) +
    0.000289 * sinDeg(3 * meanAnomaly);
  const ascendingNode = 125.04 - 1934.136 * t;
  // Nutation in longitude and aberration, folded into one correction (Meeus eq. 25.8).
  const apparent = meanLongitude + centre - 0.00569 - 0.00478 * sinDeg(ascendingNode);
  return ((apparent % 360) + 360) % 360;
}

/**
 * ΔT = TT − UT in seconds for a (fractional) year, from the Espenak & Meeus polynomials
 * (NASA "Five Millennium Canon", 2006). A minute of error here is negligible next to the
 * quarter-hour uncertainty of the solar longitude.
 */
export function deltaTSeconds(year: number): number {
  if (year < 1900) return -20 + 32 * ((year - 1820) / 100) ** 2;
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  if (year < 2150) return -20 + 32 * ((year - 1820) / 100) ** 2 - 0.5628 * (2150 - year);
  return -20 + 32 * ((year - 1820) / 100) ** 2;
}
