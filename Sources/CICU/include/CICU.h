#ifndef STELE_CICU_H
#define STELE_CICU_H

#include <stdint.h>

/// Decodes `length` bytes in `charset` (an ICU converter name such as "GB18030" or "UTF-16")
/// into UTF-8. Stops at the first byte sequence that is not valid in the charset.
/// Returns 0 on success and writes a malloc'ed buffer (free it) to `out`;
/// returns -1 for an unknown charset, -2 for an invalid byte sequence, -3 on other failure.
int32_t stele_icu_decode(const char *charset, const char *bytes, int32_t length,
                         char **out, int32_t *outLength);

/// Transliterates UTF-8 `text` with the ICU transform `transformID` (e.g. "Han-Latin; Latin-ASCII").
/// Returns 0 on success and a malloc'ed UTF-8 buffer (free it) in `out`; non-zero on failure.
int32_t stele_icu_transliterate(const char *transformID, const char *text, int32_t length,
                                char **out, int32_t *outLength);

/// Word boundaries of UTF-16 `text` by ICU's word break iterator for `locale`.
/// Writes up to `capacity` boundary offsets (UTF-16 units) and as many rule statuses
/// (0 for non-words such as spaces and punctuation, ≥100 for numbers, ≥200 for letters, ≥400 for ideographs).
/// Returns the number of boundaries found (may exceed `capacity`), or -1 on failure.
int32_t stele_icu_word_breaks(const char *locale, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *statuses, int32_t capacity);

/// The Gregorian date of day `day` of month `month` (1-based; `leap` non-zero for the leap month of that
/// number) in the year of ICU's `chinese` calendar that is under way on 1 July of Gregorian `year`, that
/// is the lunar year whose new year falls in `year`. Writes the date to `outYear`, `outMonth` (1-based)
/// and `outDay`; returns 0 on success, non-zero when ICU fails or the day does not exist in that month.
int32_t stele_icu_chinese_to_gregorian(int32_t year, int32_t month, int32_t day, int32_t leap,
                                       int32_t *outYear, int32_t *outMonth, int32_t *outDay);

/// The ICU version the program runs with ("72.1"), written to `out` (at least 20 bytes).
void stele_icu_version(char *out, int32_t capacity);

#endif
