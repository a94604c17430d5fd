#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
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

void stele_icu_version(char *out, int32_t capacity) {
    UVersionInfo version;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(version);
    u_versionToString(version, text);
    strncpy(out, text, (size_t)capacity - 1);
    out[capacity - 1] = '\0';
}
