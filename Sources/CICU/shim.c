#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucal.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

int32_t stele_icu_decode(const char *charset, const char *bytes, int32_t length,
                         char **out, int32_t *outLength) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return -1;
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    if (U_FAILURE(status)) { ucnv_close(converter); return -3; }

    /* Preflight: ask for the UTF-8 length first. */
    int32_t needed = ucnv_toAlgorithmic(UCNV_UTF8, converter, NULL, 0, bytes, length, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR) {
        status = U_ZERO_ERROR;
    }
    if (U_FAILURE(status)) {
        ucnv_close(converter);
        return (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND ||
                status == U_TRUNCATED_CHAR_FOUND) ? -2 : -3;
    }
    char *buffer = malloc((size_t)needed + 1);
    if (buffer == NULL) { ucnv_close(converter); return -3; }
    ucnv_resetToUnicode(converter);
    int32_t written = ucnv_toAlgorithmic(UCNV_UTF8, converter, buffer, needed + 1, bytes, length, &status);
    ucnv_close(converter);
    if (U_FAILURE(status)) {
        free(buffer);
        return (status == U_ILLEGAL_CHAR_FOUND || status == U_INVALID_CHAR_FOUND ||
                status == U_TRUNCATED_CHAR_FOUND) ? -2 : -3;
    }
    *out = buffer;
    *outLength = written;
    return 0;
}

static UChar *utf16_from_utf8(const char *text, int32_t length, int32_t *outLength) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t needed = 0;
    u_strFromUTF8(NULL, 0, &needed, text, length, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) return NULL;
    status = U_ZERO_ERROR;
    UChar *buffer = malloc(sizeof(UChar) * ((size_t)needed + 1));
    if (buffer == NULL) return NULL;
    u_strFromUTF8(buffer, needed + 1, outLength, text, length, &status);
    if (U_FAILURE(status)) { free(buffer); return NULL; }
    return buffer;
}

int32_t stele_icu_transliterate(const char *transformID, const char *text, int32_t length,
                                char **out, int32_t *outLength) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t idLength = 0;
    UChar *id = utf16_from_utf8(transformID, (int32_t)strlen(transformID), &idLength);
    if (id == NULL) return -1;
    UTransliterator *transliterator = utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, NULL, &status);
    free(id);
    if (U_FAILURE(status)) return -1;

    int32_t textLength = 0;
    UChar *source = utf16_from_utf8(text, length, &textLength);
    if (source == NULL) { utrans_close(transliterator); return -3; }
    /* Han-Latin grows text several times over (one ideograph becomes a syllable and a space). */
    int32_t capacity = textLength * 8 + 16;
    UChar *buffer = malloc(sizeof(UChar) * (size_t)capacity);
    if (buffer == NULL) { free(source); utrans_close(transliterator); return -3; }
    memcpy(buffer, source, sizeof(UChar) * (size_t)textLength);
    free(source);
    int32_t used = textLength, limit = textLength;
    utrans_transUChars(transliterator, buffer, &used, capacity, 0, &limit, &status);
    utrans_close(transliterator);
    if (U_FAILURE(status)) { free(buffer); return -3; }

    int32_t needed = 0;
    status = U_ZERO_ERROR;
    u_strToUTF8(NULL, 0, &needed, buffer, used, &status);
    status = U_ZERO_ERROR;
    char *result = malloc((size_t)needed + 1);
    if (result == NULL) { free(buffer); return -3; }
    u_strToUTF8(result, needed + 1, outLength, buffer, used, &status);
    free(buffer);
    if (U_FAILURE(status)) { free(result); return -3; }
    *out = result;
    return 0;
}

int32_t stele_icu_word_breaks(const char *locale, const uint16_t *text, int32_t length,
                              int32_t *boundaries, int32_t *statuses, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_WORD, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t position = ubrk_first(iterator); position != UBRK_DONE; position = ubrk_next(iterator)) {
        if (count < capacity) {
            boundaries[count] = position;
            statuses[count] = ubrk_getRuleStatus(iterator);
        }
        count++;
    }
    ubrk_close(iterator);
    return count;
}

int32_t stele_icu_chinese_to_gregorian(int32_t year, int32_t month, int32_t day, int32_t leap,
                                       int32_t *outYear, int32_t *outMonth, int32_t *outDay) {
    /* Both calendars in UTC: a civil day of the one is a civil day of the other, with no DST to move it. */
    static const UChar utc[] = {'U', 'T', 'C', 0};
    UErrorCode status = U_ZERO_ERROR;
    UCalendar *chinese = ucal_open(utc, -1, "zh@calendar=chinese", UCAL_DEFAULT, &status);
    UCalendar *gregorian = ucal_open(utc, -1, "en@calendar=gregorian", UCAL_GREGORIAN, &status);
    int32_t result = -1;
    if (U_SUCCESS(status)) {
        /* The lunar year is found from a day inside it rather than from ICU's extended-year numbering:
           1 July always lies after the new year (which falls between 21 January and 20 February). */
        ucal_clear(gregorian);
        ucal_setDate(gregorian, year, UCAL_JULY, 1, &status);
        ucal_setMillis(chinese, ucal_getMillis(gregorian, &status), &status);
        int32_t lunarYear = ucal_get(chinese, UCAL_EXTENDED_YEAR, &status);
        ucal_clear(chinese);
        ucal_setAttribute(chinese, UCAL_LENIENT, 0);
        ucal_set(chinese, UCAL_EXTENDED_YEAR, lunarYear);
        ucal_set(chinese, UCAL_MONTH, month - 1);
        ucal_set(chinese, UCAL_IS_LEAP_MONTH, leap ? 1 : 0);
        ucal_set(chinese, UCAL_DATE, day);
        UDate millis = ucal_getMillis(chinese, &status);
        ucal_setMillis(gregorian, millis, &status);
        *outYear = ucal_get(gregorian, UCAL_YEAR, &status);
        *outMonth = ucal_get(gregorian, UCAL_MONTH, &status) + 1;
        *outDay = ucal_get(gregorian, UCAL_DATE, &status);
        if (U_SUCCESS(status)) result = 0;
    }
    if (chinese != NULL) ucal_close(chinese);
    if (gregorian != NULL) ucal_close(gregorian);
    return result;
}

void stele_icu_version(char *out, int32_t capacity) {
    UVersionInfo version;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(version);
    u_versionToString(version, text);
    strncpy(out, text, (size_t)capacity - 1);
    out[capacity - 1] = '\0';
}
