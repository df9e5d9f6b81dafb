/* lib/format.c: Go's formatting and parsing of basic values (strconv, and
 * fmt's verbs and doPrintf), knowing nothing of the interpreter's values.
 *
 * Mirrors Go 1.19: strconv/ftoa.go, itoa.go, quote.go, isprint.go, atoi.go,
 * atof.go and fmt/format.go, fmt/print.go. Functions keep Go's names in their
 * comments so the two can be read side by side.
 *
 * Floats: instead of Ryu and strconv's multiprecision decimal, decimal digits
 * come from the C library's correctly rounded printf("%.*e") / ("%.*f") and
 * strtod/strtof, which round exactly as strconv does (to nearest, ties to
 * even). The shortest digits are found by trying 1..17 significant digits and
 * keeping the first that round-trips. C strings handed to strtod carry no
 * radix character and output radix characters are skipped, so the C locale's
 * LC_NUMERIC does not matter.
 */
#include "lib/format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    RUNE_ERROR = 0xFFFD,  /* utf8.RuneError */
    RUNE_SELF = 0x80,     /* utf8.RuneSelf */
    MAX_RUNE = 0x10FFFF,  /* utf8.MaxRune */
};

static const char LOWER_HEX[] = "0123456789abcdef";
static const char UPPER_HEX[] = "0123456789ABCDEF";
static const char LDIGITS[] = "0123456789abcdefx"; /* fmt: digits and the 0x letter */
static const char UDIGITS[] = "0123456789ABCDEFX";

/* ---- UTF-8, as Go's unicode/utf8 --------------------------------------- */

/* decode_rune is utf8.DecodeRune: an invalid or short sequence decodes as
 * RUNE_ERROR of width 1; n == 0 gives width 0. */
static int32_t decode_rune(const char *str, size_t n, int *width)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n == 0) { *width = 0; return RUNE_ERROR; }
    unsigned c0 = s[0];
    if (c0 < 0x80) { *width = 1; return (int32_t)c0; }
    int size;
    unsigned lo = 0x80, hi = 0xBF;
    int32_t r;
    if (c0 < 0xC2) goto bad;
    if (c0 < 0xE0) { size = 2; r = (int32_t)(c0 & 0x1F); }
    else if (c0 < 0xF0) {
        size = 3; r = (int32_t)(c0 & 0x0F);
        if (c0 == 0xE0) lo = 0xA0; else if (c0 == 0xED) hi = 0x9F;
    } else if (c0 < 0xF5) {
        size = 4; r = (int32_t)(c0 & 0x07);
        if (c0 == 0xF0) lo = 0x90; else if (c0 == 0xF4) hi = 0x8F;
    } else goto bad;
    if (n < (size_t)size || s[1] < lo || s[1] > hi) goto bad;
    r = r << 6 | (int32_t)(s[1] & 0x3F);
    for (int i = 2; i < size; i++) {
        if (s[i] < 0x80 || s[i] > 0xBF) goto bad;
        r = r << 6 | (int32_t)(s[i] & 0x3F);
    }
    *width = size;
    return r;
bad:
    *width = 1;
    return RUNE_ERROR;
}

/* valid_rune is utf8.ValidRune. */
static bool valid_rune(int32_t r)
{
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MAX_RUNE);
}

/* rune_count is utf8.RuneCount. */
static int rune_count(const char *s, size_t n)
{
    int count = 0;
    for (size_t i = 0; i < n; count++) {
        int w;
        if ((unsigned char)s[i] < RUNE_SELF) { i++; continue; }
        decode_rune(s + i, n - i, &w);
        i += (size_t)w;
    }
    return count;
}

static bool valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int w;
        if (decode_rune(s + i, n - i, &w) == RUNE_ERROR && w == 1) return false;
        i += (size_t)w;
    }
    return true;
}

static bool contains(const char *s, size_t n, char c) { return memchr(s, c, n) != NULL; }

/* ---- strconv/isprint.go ------------------------------------------------ */

/* Tables generated from Go 1.19's strconv/isprint.go (Unicode 13). The
 * is_print* lists hold ranges as (first, last) pairs; is_not_print* are
 * exceptions inside them; is_not_print32 entries are offsets from 0x10000;
 * is_graphic lists graphic runes that are not printable. */
static const uint16_t is_print16[] = {
    0x0020, 0x007e, 0x00a1, 0x0377, 0x037a, 0x037f, 0x0384, 0x0556,
    0x0559, 0x058a, 0x058d, 0x05c7, 0x05d0, 0x05ea, 0x05ef, 0x05f4,
    0x0606, 0x061b, 0x061e, 0x070d, 0x0710, 0x074a, 0x074d, 0x07b1,
    0x07c0, 0x07fa, 0x07fd, 0x082d, 0x0830, 0x085b, 0x085e, 0x086a,
    0x08a0, 0x08c7, 0x08d3, 0x098c, 0x098f, 0x0990, 0x0993, 0x09b2,
    0x09b6, 0x09b9, 0x09bc, 0x09c4, 0x09c7, 0x09c8, 0x09cb, 0x09ce,
    0x09d7, 0x09d7, 0x09dc, 0x09e3, 0x09e6, 0x09fe, 0x0a01, 0x0a0a,
    0x0a0f, 0x0a10, 0x0a13, 0x0a39, 0x0a3c, 0x0a42, 0x0a47, 0x0a48,
    0x0a4b, 0x0a4d, 0x0a51, 0x0a51, 0x0a59, 0x0a5e, 0x0a66, 0x0a76,
    0x0a81, 0x0ab9, 0x0abc, 0x0acd, 0x0ad0, 0x0ad0, 0x0ae0, 0x0ae3,
    0x0ae6, 0x0af1, 0x0af9, 0x0b0c, 0x0b0f, 0x0b10, 0x0b13, 0x0b39,
    0x0b3c, 0x0b44, 0x0b47, 0x0b48, 0x0b4b, 0x0b4d, 0x0b55, 0x0b57,
    0x0b5c, 0x0b63, 0x0b66, 0x0b77, 0x0b82, 0x0b8a, 0x0b8e, 0x0b95,
    0x0b99, 0x0b9f, 0x0ba3, 0x0ba4, 0x0ba8, 0x0baa, 0x0bae, 0x0bb9,
    0x0bbe, 0x0bc2, 0x0bc6, 0x0bcd, 0x0bd0, 0x0bd0, 0x0bd7, 0x0bd7,
    0x0be6, 0x0bfa, 0x0c00, 0x0c39, 0x0c3d, 0x0c4d, 0x0c55, 0x0c5a,
    0x0c60, 0x0c63, 0x0c66, 0x0c6f, 0x0c77, 0x0cb9, 0x0cbc, 0x0ccd,
    0x0cd5, 0x0cd6, 0x0cde, 0x0ce3, 0x0ce6, 0x0cf2, 0x0d00, 0x0d4f,
    0x0d54, 0x0d63, 0x0d66, 0x0d96, 0x0d9a, 0x0dbd, 0x0dc0, 0x0dc6,
    0x0dca, 0x0dca, 0x0dcf, 0x0ddf, 0x0de6, 0x0def, 0x0df2, 0x0df4,
    0x0e01, 0x0e3a, 0x0e3f, 0x0e5b, 0x0e81, 0x0ebd, 0x0ec0, 0x0ecd,
    0x0ed0, 0x0ed9, 0x0edc, 0x0edf, 0x0f00, 0x0f6c, 0x0f71, 0x0fda,
    0x1000, 0x10c7, 0x10cd, 0x10cd, 0x10d0, 0x124d, 0x1250, 0x125d,
    0x1260, 0x128d, 0x1290, 0x12b5, 0x12b8, 0x12c5, 0x12c8, 0x1315,
    0x1318, 0x135a, 0x135d, 0x137c, 0x1380, 0x1399, 0x13a0, 0x13f5,
    0x13f8, 0x13fd, 0x1400, 0x169c, 0x16a0, 0x16f8, 0x1700, 0x1714,
    0x1720, 0x1736, 0x1740, 0x1753, 0x1760, 0x1773, 0x1780, 0x17dd,
    0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1800, 0x180d, 0x1810, 0x1819,
    0x1820, 0x1878, 0x1880, 0x18aa, 0x18b0, 0x18f5, 0x1900, 0x192b,
    0x1930, 0x193b, 0x1940, 0x1940, 0x1944, 0x196d, 0x1970, 0x1974,
    0x1980, 0x19ab, 0x19b0, 0x19c9, 0x19d0, 0x19da, 0x19de, 0x1a1b,
    0x1a1e, 0x1a7c, 0x1a7f, 0x1a89, 0x1a90, 0x1a99, 0x1aa0, 0x1aad,
    0x1ab0, 0x1ac0, 0x1b00, 0x1b4b, 0x1b50, 0x1b7c, 0x1b80, 0x1bf3,
    0x1bfc, 0x1c37, 0x1c3b, 0x1c49, 0x1c4d, 0x1c88, 0x1c90, 0x1cba,
    0x1cbd, 0x1cc7, 0x1cd0, 0x1cfa, 0x1d00, 0x1f15, 0x1f18, 0x1f1d,
    0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f7d, 0x1f80, 0x1fd3,
    0x1fd6, 0x1fef, 0x1ff2, 0x1ffe, 0x2010, 0x2027, 0x2030, 0x205e,
    0x2070, 0x2071, 0x2074, 0x209c, 0x20a0, 0x20bf, 0x20d0, 0x20f0,
    0x2100, 0x218b, 0x2190, 0x2426, 0x2440, 0x244a, 0x2460, 0x2b73,
    0x2b76, 0x2cf3, 0x2cf9, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67,
    0x2d6f, 0x2d70, 0x2d7f, 0x2d96, 0x2da0, 0x2e52, 0x2e80, 0x2ef3,
    0x2f00, 0x2fd5, 0x2ff0, 0x2ffb, 0x3001, 0x3096, 0x3099, 0x30ff,
    0x3105, 0x31e3, 0x31f0, 0x9ffc, 0xa000, 0xa48c, 0xa490, 0xa4c6,
    0xa4d0, 0xa62b, 0xa640, 0xa6f7, 0xa700, 0xa7bf, 0xa7c2, 0xa7ca,
    0xa7f5, 0xa82c, 0xa830, 0xa839, 0xa840, 0xa877, 0xa880, 0xa8c5,
    0xa8ce, 0xa8d9, 0xa8e0, 0xa953, 0xa95f, 0xa97c, 0xa980, 0xa9d9,
    0xa9de, 0xaa36, 0xaa40, 0xaa4d, 0xaa50, 0xaa59, 0xaa5c, 0xaac2,
    0xaadb, 0xaaf6, 0xab01, 0xab06, 0xab09, 0xab0e, 0xab11, 0xab16,
    0xab20, 0xab6b, 0xab70, 0xabed, 0xabf0, 0xabf9, 0xac00, 0xd7a3,
    0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfa6d, 0xfa70, 0xfad9,
    0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfbc1, 0xfbd3, 0xfd3f,
    0xfd50, 0xfd8f, 0xfd92, 0xfdc7, 0xfdf0, 0xfdfd, 0xfe00, 0xfe19,
    0xfe20, 0xfe6b, 0xfe70, 0xfefc, 0xff01, 0xffbe, 0xffc2, 0xffc7,
    0xffca, 0xffcf, 0xffd2, 0xffd7, 0xffda, 0xffdc, 0xffe0, 0xffee,
    0xfffc, 0xfffd,
};
static const uint16_t is_not_print16[] = {
    0x00ad, 0x038b, 0x038d, 0x03a2, 0x0530, 0x0590, 0x06dd, 0x083f,
    0x085f, 0x08b5, 0x08e2, 0x0984, 0x09a9, 0x09b1, 0x09de, 0x0a04,
    0x0a29, 0x0a31, 0x0a34, 0x0a37, 0x0a3d, 0x0a5d, 0x0a84, 0x0a8e,
    0x0a92, 0x0aa9, 0x0ab1, 0x0ab4, 0x0ac6, 0x0aca, 0x0b00, 0x0b04,
    0x0b29, 0x0b31, 0x0b34, 0x0b5e, 0x0b84, 0x0b91, 0x0b9b, 0x0b9d,
    0x0bc9, 0x0c0d, 0x0c11, 0x0c29, 0x0c45, 0x0c49, 0x0c57, 0x0c8d,
    0x0c91, 0x0ca9, 0x0cb4, 0x0cc5, 0x0cc9, 0x0cdf, 0x0cf0, 0x0d0d,
    0x0d11, 0x0d45, 0x0d49, 0x0d80, 0x0d84, 0x0db2, 0x0dbc, 0x0dd5,
    0x0dd7, 0x0e83, 0x0e85, 0x0e8b, 0x0ea4, 0x0ea6, 0x0ec5, 0x0ec7,
    0x0f48, 0x0f98, 0x0fbd, 0x0fcd, 0x10c6, 0x1249, 0x1257, 0x1259,
    0x1289, 0x12b1, 0x12bf, 0x12c1, 0x12d7, 0x1311, 0x1680, 0x170d,
    0x176d, 0x1771, 0x191f, 0x1a5f, 0x1dfa, 0x1f58, 0x1f5a, 0x1f5c,
    0x1f5e, 0x1fb5, 0x1fc5, 0x1fdc, 0x1ff5, 0x208f, 0x2b96, 0x2c2f,
    0x2c5f, 0x2d26, 0x2da7, 0x2daf, 0x2db7, 0x2dbf, 0x2dc7, 0x2dcf,
    0x2dd7, 0x2ddf, 0x2e9a, 0x3040, 0x3130, 0x318f, 0x321f, 0xa9ce,
    0xa9ff, 0xab27, 0xab2f, 0xfb37, 0xfb3d, 0xfb3f, 0xfb42, 0xfb45,
    0xfe53, 0xfe67, 0xfe75, 0xffe7,
};
static const uint32_t is_print32[] = {
    0x010000, 0x01004d, 0x010050, 0x01005d, 0x010080, 0x0100fa,
    0x010100, 0x010102, 0x010107, 0x010133, 0x010137, 0x01019c,
    0x0101a0, 0x0101a0, 0x0101d0, 0x0101fd, 0x010280, 0x01029c,
    0x0102a0, 0x0102d0, 0x0102e0, 0x0102fb, 0x010300, 0x010323,
    0x01032d, 0x01034a, 0x010350, 0x01037a, 0x010380, 0x0103c3,
    0x0103c8, 0x0103d5, 0x010400, 0x01049d, 0x0104a0, 0x0104a9,
    0x0104b0, 0x0104d3, 0x0104d8, 0x0104fb, 0x010500, 0x010527,
    0x010530, 0x010563, 0x01056f, 0x01056f, 0x010600, 0x010736,
    0x010740, 0x010755, 0x010760, 0x010767, 0x010800, 0x010805,
    0x010808, 0x010838, 0x01083c, 0x01083c, 0x01083f, 0x01089e,
    0x0108a7, 0x0108af, 0x0108e0, 0x0108f5, 0x0108fb, 0x01091b,
    0x01091f, 0x010939, 0x01093f, 0x01093f, 0x010980, 0x0109b7,
    0x0109bc, 0x0109cf, 0x0109d2, 0x010a06, 0x010a0c, 0x010a35,
    0x010a38, 0x010a3a, 0x010a3f, 0x010a48, 0x010a50, 0x010a58,
    0x010a60, 0x010a9f, 0x010ac0, 0x010ae6, 0x010aeb, 0x010af6,
    0x010b00, 0x010b35, 0x010b39, 0x010b55, 0x010b58, 0x010b72,
    0x010b78, 0x010b91, 0x010b99, 0x010b9c, 0x010ba9, 0x010baf,
    0x010c00, 0x010c48, 0x010c80, 0x010cb2, 0x010cc0, 0x010cf2,
    0x010cfa, 0x010d27, 0x010d30, 0x010d39, 0x010e60, 0x010ead,
    0x010eb0, 0x010eb1, 0x010f00, 0x010f27, 0x010f30, 0x010f59,
    0x010fb0, 0x010fcb, 0x010fe0, 0x010ff6, 0x011000, 0x01104d,
    0x011052, 0x01106f, 0x01107f, 0x0110c1, 0x0110d0, 0x0110e8,
    0x0110f0, 0x0110f9, 0x011100, 0x011147, 0x011150, 0x011176,
    0x011180, 0x0111f4, 0x011200, 0x01123e, 0x011280, 0x0112a9,
    0x0112b0, 0x0112ea, 0x0112f0, 0x0112f9, 0x011300, 0x01130c,
    0x01130f, 0x011310, 0x011313, 0x011344, 0x011347, 0x011348,
    0x01134b, 0x01134d, 0x011350, 0x011350, 0x011357, 0x011357,
    0x01135d, 0x011363, 0x011366, 0x01136c, 0x011370, 0x011374,
    0x011400, 0x011461, 0x011480, 0x0114c7, 0x0114d0, 0x0114d9,
    0x011580, 0x0115b5, 0x0115b8, 0x0115dd, 0x011600, 0x011644,
    0x011650, 0x011659, 0x011660, 0x01166c, 0x011680, 0x0116b8,
    0x0116c0, 0x0116c9, 0x011700, 0x01171a, 0x01171d, 0x01172b,
    0x011730, 0x01173f, 0x011800, 0x01183b, 0x0118a0, 0x0118f2,
    0x0118ff, 0x011906, 0x011909, 0x011909, 0x01190c, 0x011938,
    0x01193b, 0x011946, 0x011950, 0x011959, 0x0119a0, 0x0119a7,
    0x0119aa, 0x0119d7, 0x0119da, 0x0119e4, 0x011a00, 0x011a47,
    0x011a50, 0x011aa2, 0x011ac0, 0x011af8, 0x011c00, 0x011c45,
    0x011c50, 0x011c6c, 0x011c70, 0x011c8f, 0x011c92, 0x011cb6,
    0x011d00, 0x011d36, 0x011d3a, 0x011d47, 0x011d50, 0x011d59,
    0x011d60, 0x011d98, 0x011da0, 0x011da9, 0x011ee0, 0x011ef8,
    0x011fb0, 0x011fb0, 0x011fc0, 0x011ff1, 0x011fff, 0x012399,
    0x012400, 0x012474, 0x012480, 0x012543, 0x013000, 0x01342e,
    0x014400, 0x014646, 0x016800, 0x016a38, 0x016a40, 0x016a69,
    0x016a6e, 0x016a6f, 0x016ad0, 0x016aed, 0x016af0, 0x016af5,
    0x016b00, 0x016b45, 0x016b50, 0x016b77, 0x016b7d, 0x016b8f,
    0x016e40, 0x016e9a, 0x016f00, 0x016f4a, 0x016f4f, 0x016f87,
    0x016f8f, 0x016f9f, 0x016fe0, 0x016fe4, 0x016ff0, 0x016ff1,
    0x017000, 0x0187f7, 0x018800, 0x018cd5, 0x018d00, 0x018d08,
    0x01b000, 0x01b11e, 0x01b150, 0x01b152, 0x01b164, 0x01b167,
    0x01b170, 0x01b2fb, 0x01bc00, 0x01bc6a, 0x01bc70, 0x01bc7c,
    0x01bc80, 0x01bc88, 0x01bc90, 0x01bc99, 0x01bc9c, 0x01bc9f,
    0x01d000, 0x01d0f5, 0x01d100, 0x01d126, 0x01d129, 0x01d172,
    0x01d17b, 0x01d1e8, 0x01d200, 0x01d245, 0x01d2e0, 0x01d2f3,
    0x01d300, 0x01d356, 0x01d360, 0x01d378, 0x01d400, 0x01d49f,
    0x01d4a2, 0x01d4a2, 0x01d4a5, 0x01d4a6, 0x01d4a9, 0x01d50a,
    0x01d50d, 0x01d546, 0x01d54a, 0x01d6a5, 0x01d6a8, 0x01d7cb,
    0x01d7ce, 0x01da8b, 0x01da9b, 0x01daaf, 0x01e000, 0x01e018,
    0x01e01b, 0x01e02a, 0x01e100, 0x01e12c, 0x01e130, 0x01e13d,
    0x01e140, 0x01e149, 0x01e14e, 0x01e14f, 0x01e2c0, 0x01e2f9,
    0x01e2ff, 0x01e2ff, 0x01e800, 0x01e8c4, 0x01e8c7, 0x01e8d6,
    0x01e900, 0x01e94b, 0x01e950, 0x01e959, 0x01e95e, 0x01e95f,
    0x01ec71, 0x01ecb4, 0x01ed01, 0x01ed3d, 0x01ee00, 0x01ee24,
    0x01ee27, 0x01ee3b, 0x01ee42, 0x01ee42, 0x01ee47, 0x01ee54,
    0x01ee57, 0x01ee64, 0x01ee67, 0x01ee9b, 0x01eea1, 0x01eebb,
    0x01eef0, 0x01eef1, 0x01f000, 0x01f02b, 0x01f030, 0x01f093,
    0x01f0a0, 0x01f0ae, 0x01f0b1, 0x01f0f5, 0x01f100, 0x01f1ad,
    0x01f1e6, 0x01f202, 0x01f210, 0x01f23b, 0x01f240, 0x01f248,
    0x01f250, 0x01f251, 0x01f260, 0x01f265, 0x01f300, 0x01f6d7,
    0x01f6e0, 0x01f6ec, 0x01f6f0, 0x01f6fc, 0x01f700, 0x01f773,
    0x01f780, 0x01f7d8, 0x01f7e0, 0x01f7eb, 0x01f800, 0x01f80b,
    0x01f810, 0x01f847, 0x01f850, 0x01f859, 0x01f860, 0x01f887,
    0x01f890, 0x01f8ad, 0x01f8b0, 0x01f8b1, 0x01f900, 0x01fa53,
    0x01fa60, 0x01fa6d, 0x01fa70, 0x01fa74, 0x01fa78, 0x01fa7a,
    0x01fa80, 0x01fa86, 0x01fa90, 0x01faa8, 0x01fab0, 0x01fab6,
    0x01fac0, 0x01fac2, 0x01fad0, 0x01fad6, 0x01fb00, 0x01fbca,
    0x01fbf0, 0x01fbf9, 0x020000, 0x02a6dd, 0x02a700, 0x02b734,
    0x02b740, 0x02b81d, 0x02b820, 0x02cea1, 0x02ceb0, 0x02ebe0,
    0x02f800, 0x02fa1d, 0x030000, 0x03134a, 0x0e0100, 0x0e01ef,
};
static const uint16_t is_not_print32[] = {
    0x000c, 0x0027, 0x003b, 0x003e, 0x018f, 0x039e, 0x0809, 0x0836,
    0x0856, 0x08f3, 0x0a04, 0x0a14, 0x0a18, 0x0e7f, 0x0eaa, 0x10bd,
    0x1135, 0x11e0, 0x1212, 0x1287, 0x1289, 0x128e, 0x129e, 0x1304,
    0x1329, 0x1331, 0x1334, 0x133a, 0x145c, 0x1914, 0x1917, 0x1936,
    0x1c09, 0x1c37, 0x1ca8, 0x1d07, 0x1d0a, 0x1d3b, 0x1d3e, 0x1d66,
    0x1d69, 0x1d8f, 0x1d92, 0x246f, 0x6a5f, 0x6b5a, 0x6b62, 0xd455,
    0xd49d, 0xd4ad, 0xd4ba, 0xd4bc, 0xd4c4, 0xd506, 0xd515, 0xd51d,
    0xd53a, 0xd53f, 0xd545, 0xd551, 0xdaa0, 0xe007, 0xe022, 0xe025,
    0xee04, 0xee20, 0xee23, 0xee28, 0xee33, 0xee38, 0xee3a, 0xee48,
    0xee4a, 0xee4c, 0xee50, 0xee53, 0xee58, 0xee5a, 0xee5c, 0xee5e,
    0xee60, 0xee63, 0xee6b, 0xee73, 0xee78, 0xee7d, 0xee7f, 0xee8a,
    0xeea4, 0xeeaa, 0xf0c0, 0xf0d0, 0xf979, 0xf9cc, 0xfb93,
};
static const uint16_t is_graphic[] = {
    0x00a0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
    0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000,
};

#define LEN(a) (sizeof(a) / sizeof((a)[0]))

/* bsearch16 returns the smallest i such that a[i] >= x, or n. */
static size_t bsearch16(const uint16_t *a, size_t n, uint16_t x)
{
    size_t i = 0, j = n;
    while (i < j) {
        size_t h = i + (j - i) / 2;
        if (a[h] < x) i = h + 1; else j = h;
    }
    return i;
}

static size_t bsearch32(const uint32_t *a, size_t n, uint32_t x)
{
    size_t i = 0, j = n;
    while (i < j) {
        size_t h = i + (j - i) / 2;
        if (a[h] < x) i = h + 1; else j = h;
    }
    return i;
}

bool fmt_is_print(int32_t r)
{
    if (r <= 0xFF) {
        if (0x20 <= r && r <= 0x7E) return true;
        if (0xA1 <= r && r <= 0xFF) return r != 0xAD;
        return false;
    }
    if (r < 0x10000) {
        uint16_t rr = (uint16_t)r;
        size_t i = bsearch16(is_print16, LEN(is_print16), rr);
        if (i >= LEN(is_print16) || rr < is_print16[i & ~(size_t)1] || is_print16[i | 1] < rr)
            return false;
        size_t j = bsearch16(is_not_print16, LEN(is_not_print16), rr);
        return j >= LEN(is_not_print16) || is_not_print16[j] != rr;
    }
    uint32_t rr = (uint32_t)r;
    size_t i = bsearch32(is_print32, LEN(is_print32), rr);
    if (i >= LEN(is_print32) || rr < is_print32[i & ~(size_t)1] || is_print32[i | 1] < rr)
        return false;
    if (r >= 0x20000) return true;
    uint16_t r16 = (uint16_t)(r - 0x10000);
    size_t j = bsearch16(is_not_print32, LEN(is_not_print32), r16);
    return j >= LEN(is_not_print32) || is_not_print32[j] != r16;
}

/* in_graphic_list is isInGraphicList: only called once IsPrint failed. */
static bool in_graphic_list(int32_t r)
{
    if (r < 0 || r > 0xFFFF) return false;
    uint16_t rr = (uint16_t)r;
    size_t i = bsearch16(is_graphic, LEN(is_graphic), rr);
    return i < LEN(is_graphic) && rr == is_graphic[i];
}

bool fmt_is_graphic(int32_t r) { return fmt_is_print(r) || in_graphic_list(r); }

/* ---- strconv/quote.go -------------------------------------------------- */

/* append_escaped_rune is appendEscapedRune. */
static void append_escaped_rune(Buf *b, int32_t r, char quote, bool ascii_only, bool graphic_only)
{
    if (r == quote || r == '\\') {
        buf_putc(b, '\\');
        buf_putc(b, (char)r);
        return;
    }
    if (ascii_only) {
        if (r < RUNE_SELF && fmt_is_print(r)) { buf_putc(b, (char)r); return; }
    } else if (fmt_is_print(r) || (graphic_only && in_graphic_list(r))) {
        buf_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': buf_puts(b, "\\a"); return;
    case '\b': buf_puts(b, "\\b"); return;
    case '\f': buf_puts(b, "\\f"); return;
    case '\n': buf_puts(b, "\\n"); return;
    case '\r': buf_puts(b, "\\r"); return;
    case '\t': buf_puts(b, "\\t"); return;
    case '\v': buf_puts(b, "\\v"); return;
    }
    if ((r >= 0 && r < ' ') || r == 0x7F) {
        buf_puts(b, "\\x");
        buf_putc(b, LOWER_HEX[(r >> 4) & 0xF]);
        buf_putc(b, LOWER_HEX[r & 0xF]);
        return;
    }
    if (!valid_rune(r)) r = RUNE_ERROR;
    if (r < 0x10000) {
        buf_puts(b, "\\u");
        for (int s = 12; s >= 0; s -= 4) buf_putc(b, LOWER_HEX[(r >> s) & 0xF]);
    } else {
        buf_puts(b, "\\U");
        for (int s = 28; s >= 0; s -= 4) buf_putc(b, LOWER_HEX[(r >> s) & 0xF]);
    }
}

/* append_quoted_with is appendQuotedWith. */
static void append_quoted_with(Buf *b, const char *s, size_t n, char quote, bool ascii_only,
                               bool graphic_only)
{
    buf_reserve(b, n + 2);
    buf_putc(b, quote);
    for (size_t i = 0; i < n;) {
        int w = 1;
        int32_t r = (unsigned char)s[i];
        if (r >= RUNE_SELF) r = decode_rune(s + i, n - i, &w);
        if (w == 1 && r == RUNE_ERROR) {
            buf_puts(b, "\\x");
            buf_putc(b, LOWER_HEX[(unsigned char)s[i] >> 4]);
            buf_putc(b, LOWER_HEX[(unsigned char)s[i] & 0xF]);
            i++;
            continue;
        }
        append_escaped_rune(b, r, quote, ascii_only, graphic_only);
        i += (size_t)w;
    }
    buf_putc(b, quote);
}

void fmt_quote(Buf *b, const char *s, size_t n, bool ascii_only, bool graphic_only)
{
    append_quoted_with(b, s, n, '"', ascii_only, graphic_only);
}

/* append_quoted_rune_with is appendQuotedRuneWith. */
static void append_quoted_rune_with(Buf *b, int32_t r, char quote, bool ascii_only,
                                    bool graphic_only)
{
    buf_putc(b, quote);
    if (!valid_rune(r)) r = RUNE_ERROR;
    append_escaped_rune(b, r, quote, ascii_only, graphic_only);
    buf_putc(b, quote);
}

void fmt_quote_rune(Buf *b, int32_t r, bool ascii_only)
{
    append_quoted_rune_with(b, r, '\'', ascii_only, false);
}

void fmt_quote_rune_graphic(Buf *b, int32_t r) { append_quoted_rune_with(b, r, '\'', false, true); }

bool fmt_can_backquote(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int w;
        int32_t r = decode_rune(s + i, n - i, &w);
        i += (size_t)w;
        if (w > 1) {
            if (r == 0xFEFF) return false; /* BOMs are invisible */
            continue;
        }
        if (r == RUNE_ERROR) return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
    }
    return true;
}

static int unhex(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* unquote_char is strconv.UnquoteChar on s[0..n): returns false on a syntax
 * error, else sets *value, *multibyte and *used (bytes consumed). */
static bool unquote_char(const char *s, size_t n, char quote, int32_t *value, bool *multibyte,
                         size_t *used)
{
    *multibyte = false;
    if (n == 0) return false;
    unsigned char c = (unsigned char)s[0];
    if (c == (unsigned char)quote && (quote == '\'' || quote == '"')) return false;
    if (c >= RUNE_SELF) {
        int w;
        *value = decode_rune(s, n, &w);
        *multibyte = true;
        *used = (size_t)w;
        return true;
    }
    if (c != '\\') { *value = c; *used = 1; return true; }
    if (n <= 1) return false;
    c = (unsigned char)s[1];
    size_t i = 2;
    switch (c) {
    case 'a': *value = '\a'; break;
    case 'b': *value = '\b'; break;
    case 'f': *value = '\f'; break;
    case 'n': *value = '\n'; break;
    case 'r': *value = '\r'; break;
    case 't': *value = '\t'; break;
    case 'v': *value = '\v'; break;
    case 'x': case 'u': case 'U': {
        size_t k = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        if (n - i < k) return false;
        int32_t v = 0;
        for (size_t j = 0; j < k; j++) {
            int x = unhex(s[i + j]);
            if (x < 0) return false;
            v = (int32_t)((uint32_t)v << 4 | (uint32_t)x);
        }
        i += k;
        if (c == 'x') { *value = v; break; }
        if (!valid_rune(v)) return false;
        *value = v;
        *multibyte = true;
        break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
        int32_t v = c - '0';
        if (n - i < 2) return false;
        for (size_t j = 0; j < 2; j++) {
            int x = s[i + j] - '0';
            if (x < 0 || x > 7) return false;
            v = (v << 3) | x;
        }
        i += 2;
        if (v > 255) return false;
        *value = v;
        break;
    }
    case '\\': *value = '\\'; break;
    case '\'': case '"':
        if (c != (unsigned char)quote) return false;
        *value = c;
        break;
    default:
        return false;
    }
    *used = i;
    return true;
}

bool fmt_unquote(const char *in, size_t n, Buf *out)
{
    if (n < 2) return false;
    char quote = in[0];
    const char *q = memchr(in + 1, quote, n - 1);
    if (!q) return false;
    size_t end = (size_t)(q - in) + 1; /* after the terminating quote, if no escapes */

    if (quote == '`') {
        if (end != n) return false;
        for (size_t i = 1; i < end - 1; i++)
            if (in[i] != '\r') buf_putc(out, in[i]);
        return true;
    }
    if (quote != '"' && quote != '\'') return false;

    if (!contains(in, end, '\\') && !contains(in, end, '\n')) {
        bool valid;
        if (quote == '"') {
            valid = valid_utf8(in + 1, end - 2);
        } else {
            int w;
            int32_t r = decode_rune(in + 1, end - 2, &w);
            valid = 1 + (size_t)w + 1 == end && (r != RUNE_ERROR || w != 1);
        }
        if (valid) {
            if (end != n) return false;
            buf_add(out, in + 1, end - 2);
            return true;
        }
    }

    size_t i = 1;
    while (i < n && in[i] != quote) {
        int32_t r;
        bool multibyte;
        size_t used;
        if (in[i] == '\n' || !unquote_char(in + i, n - i, quote, &r, &multibyte, &used))
            return false;
        i += used;
        if (r < RUNE_SELF || !multibyte) buf_putc(out, (char)r);
        else buf_rune(out, r);
        if (quote == '\'') break;
    }
    if (!(i < n && in[i] == quote)) return false;
    return i + 1 == n;
}

/* ---- strconv/itoa.go --------------------------------------------------- */

static const char DIGITS36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* format_bits is formatBits: u in base (2..36), with a '-' if neg. */
static void format_bits(Buf *b, uint64_t u, int base, bool neg)
{
    char a[65];
    int i = (int)sizeof a;
    if (base < 2 || base > 36) base = 10; /* Go panics; callers check */
    do {
        a[--i] = DIGITS36[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    if (neg) a[--i] = '-';
    buf_add(b, a + i, sizeof a - (size_t)i);
}

void fmt_int(Buf *b, int64_t v, int base)
{
    format_bits(b, v < 0 ? -(uint64_t)v : (uint64_t)v, base, v < 0);
}

void fmt_uint(Buf *b, uint64_t v, int base) { format_bits(b, v, base, false); }

/* ---- strconv/ftoa.go --------------------------------------------------- */

typedef struct FloatInfo {
    unsigned mantbits, expbits;
    int      bias;
} FloatInfo;

static const FloatInfo FLOAT32_INFO = {23, 8, -127};
static const FloatInfo FLOAT64_INFO = {52, 11, -1023};

/* Digits is strconv's decimalSlice: the value is 0.d[0..nd) × 10^dp, with no
 * trailing zeros in d; zero has nd == dp == 0. d points into a scratch Buf. */
typedef struct Digits {
    char *d;
    int   nd, dp;
} Digits;

/* digits_from_e reads printf's "%.*e" output of a non-negative finite value,
 * in place. Any non-digit before the 'e' is the locale's radix character. */
static void digits_from_e(char *s, Digits *out)
{
    int nd = 0;
    char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9') s[nd++] = *p;
    int exp = *p == 'e' ? atoi(p + 1) : 0;
    while (nd > 0 && s[nd - 1] == '0') nd--;
    out->d = s;
    out->nd = nd;
    out->dp = nd ? exp + 1 : 0;
}

/* digits_from_f reads printf's "%.*f" output of a non-negative finite value,
 * in place. */
static void digits_from_f(char *s, Digits *out)
{
    int nd = 0, dp = 0;
    bool frac = false;
    for (char *p = s; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            s[nd++] = *p;
            if (!frac) dp++;
        } else {
            frac = true;
        }
    }
    int lead = 0;
    while (lead < nd && s[lead] == '0') lead++;
    out->d = s + lead;
    nd -= lead;
    dp -= lead;
    while (nd > 0 && out->d[nd - 1] == '0') nd--;
    out->nd = nd;
    out->dp = nd ? dp : 0;
}

/* round_trips reports whether the decimal 0.d × 10^dp reads back as f. */
static bool round_trips(const char *d, int nd, int dp, double f, int bitsize)
{
    char s[48];
    memcpy(s, d, (size_t)nd);
    snprintf(s + nd, sizeof s - (size_t)nd, "e%d", dp - nd);
    if (bitsize == 32) return strtof(s, NULL) == (float)f;
    return strtod(s, NULL) == f;
}

/* shortest_digits is ryuFtoaShortest: the fewest digits that read back as
 * f (> 0, finite), the closest to f among those. At a power of two the
 * round-trip interval is wider above f than below it, so when the nearest
 * p-digit decimal falls out of it the next one up may still be inside. */
static void shortest_digits(Buf *tmp, double f, int bitsize, Digits *out)
{
    int e;
    bool pow2 = bitsize == 32 ? frexpf((float)f, &e) == 0.5f : frexp(f, &e) == 0.5;
    int maxp = bitsize == 32 ? 8 : 16;
    for (int p = 0;; p++) {
        buf_reset(tmp);
        buf_printf(tmp, "%.*e", p, f);
        digits_from_e(tmp->data, out);
        if (p >= maxp || round_trips(out->d, out->nd, out->dp, f, bitsize)) return;
        if (!pow2) continue;
        char up[24];
        int nd = p + 1, dp = out->dp;
        memcpy(up, out->d, (size_t)out->nd);
        memset(up + out->nd, '0', (size_t)(nd - out->nd));
        int i = nd - 1;
        while (i >= 0 && up[i] == '9') i--;
        if (i < 0) { up[0] = '1'; nd = 1; dp++; }
        else { up[i]++; nd = i + 1; }
        if (round_trips(up, nd, dp, f, bitsize)) {
            memcpy(out->d, up, (size_t)nd);
            out->nd = nd;
            out->dp = dp;
            return;
        }
    }
}

/* fmt_e is fmtE: -d.ddddde±dd */
static void fmt_e(Buf *b, bool neg, const Digits *d, int prec, char fmt)
{
    if (neg) buf_putc(b, '-');
    buf_putc(b, d->nd ? d->d[0] : '0');
    if (prec > 0) {
        buf_putc(b, '.');
        int i = 1;
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        if (i < m) { buf_add(b, d->d + i, (size_t)(m - i)); i = m; }
        for (; i <= prec; i++) buf_putc(b, '0');
    }
    buf_putc(b, fmt);
    int exp = d->nd == 0 ? 0 : d->dp - 1;
    if (exp < 0) { buf_putc(b, '-'); exp = -exp; }
    else buf_putc(b, '+');
    if (exp < 10) buf_printf(b, "0%d", exp);
    else buf_printf(b, "%d", exp);
}

/* fmt_f is fmtF: -ddddddd.ddddd */
static void fmt_f(Buf *b, bool neg, const Digits *d, int prec)
{
    if (neg) buf_putc(b, '-');
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        buf_add(b, d->d, (size_t)m);
        for (; m < d->dp; m++) buf_putc(b, '0');
    } else {
        buf_putc(b, '0');
    }
    if (prec > 0) {
        buf_putc(b, '.');
        for (int i = 0; i < prec; i++) {
            int j = d->dp + i;
            buf_putc(b, 0 <= j && j < d->nd ? d->d[j] : '0');
        }
    }
}

/* fmt_b is fmtB: -ddddddddp±ddd */
static void fmt_b(Buf *b, bool neg, uint64_t mant, int exp, const FloatInfo *flt)
{
    if (neg) buf_putc(b, '-');
    format_bits(b, mant, 10, false);
    buf_putc(b, 'p');
    exp -= (int)flt->mantbits;
    if (exp >= 0) buf_putc(b, '+');
    fmt_int(b, exp, 10);
}

/* fmt_x is fmtX: -0x1.yyyyyyyyp±ddd or -0x0p+00 */
static void fmt_x(Buf *b, int prec, char fmt, bool neg, uint64_t mant, int exp,
                  const FloatInfo *flt)
{
    if (mant == 0) exp = 0;
    mant <<= 60 - flt->mantbits;
    while (mant != 0 && (mant & ((uint64_t)1 << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & (((uint64_t)1 << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > ((uint64_t)1 << 59)) mant++;
        mant <<= 60 - shift;
        if (mant & ((uint64_t)1 << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? UPPER_HEX : LOWER_HEX;
    if (neg) buf_putc(b, '-');
    buf_putc(b, '0');
    buf_putc(b, fmt);
    buf_putc(b, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        buf_putc(b, '.');
        while (mant != 0) {
            buf_putc(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        buf_putc(b, '.');
        for (int i = 0; i < prec; i++) {
            buf_putc(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    buf_putc(b, fmt == 'X' ? 'P' : 'p');
    if (exp < 0) { buf_putc(b, '-'); exp = -exp; }
    else buf_putc(b, '+');
    if (exp < 10) buf_printf(b, "0%d", exp);
    else buf_printf(b, "%d", exp);
}

/* format_digits is formatDigits. */
static void format_digits(Buf *b, bool shortest, bool neg, const Digits *d, int prec, char fmt)
{
    switch (fmt) {
    case 'e': case 'E':
        fmt_e(b, neg, d, prec, fmt);
        return;
    case 'f':
        fmt_f(b, neg, d, prec);
        return;
    case 'g': case 'G': {
        int eprec = prec;
        if (eprec > d->nd && d->nd >= d->dp) eprec = d->nd;
        if (shortest) eprec = 6;
        int exp = d->dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > d->nd) prec = d->nd;
            fmt_e(b, neg, d, prec - 1, (char)(fmt + 'e' - 'g'));
            return;
        }
        if (prec > d->dp) prec = d->nd;
        fmt_f(b, neg, d, prec - d->dp > 0 ? prec - d->dp : 0);
        return;
    }
    }
    buf_putc(b, '%');
    buf_putc(b, fmt);
}

void fmt_float(Buf *b, double val, char fmt, int prec, int bitsize)
{
    const FloatInfo *flt;
    uint64_t bits;
    if (bitsize == 32) {
        float g = (float)val;
        uint32_t u;
        memcpy(&u, &g, sizeof u);
        bits = u;
        val = g;
        flt = &FLOAT32_INFO;
    } else {
        memcpy(&bits, &val, sizeof bits);
        flt = &FLOAT64_INFO;
        bitsize = 64;
    }
    bool neg = (bits >> (flt->expbits + flt->mantbits)) != 0;
    int exp = (int)(bits >> flt->mantbits) & ((1 << flt->expbits) - 1);
    uint64_t mant = bits & (((uint64_t)1 << flt->mantbits) - 1);

    if (exp == (1 << flt->expbits) - 1) {
        buf_puts(b, mant ? "NaN" : neg ? "-Inf" : "+Inf");
        return;
    }
    if (exp == 0) exp++;                      /* denormalized */
    else mant |= (uint64_t)1 << flt->mantbits; /* implicit top bit */
    exp += flt->bias;

    if (fmt == 'b') { fmt_b(b, neg, mant, exp, flt); return; }
    if (fmt == 'x' || fmt == 'X') { fmt_x(b, prec, fmt, neg, mant, exp, flt); return; }

    double a = fabs(val);
    Buf tmp = BUF_INIT;
    Digits d = {NULL, 0, 0};
    bool shortest = prec < 0;
    if (shortest) {
        if (a != 0) shortest_digits(&tmp, a, bitsize, &d);
        switch (fmt) {
        case 'e': case 'E': prec = d.nd - 1 > 0 ? d.nd - 1 : 0; break;
        case 'f': prec = d.nd - d.dp > 0 ? d.nd - d.dp : 0; break;
        case 'g': case 'G': prec = d.nd; break;
        }
    } else if (fmt == 'f') {
        buf_printf(&tmp, "%.*f", prec, a);
        digits_from_f(tmp.data, &d);
    } else {
        int digits = prec;
        switch (fmt) {
        case 'e': case 'E': digits++; break;
        case 'g': case 'G':
            if (prec == 0) prec = 1;
            digits = prec;
            break;
        default: digits = 1; break;
        }
        buf_printf(&tmp, "%.*e", digits - 1, a);
        digits_from_e(tmp.data, &d);
    }
    format_digits(b, shortest, neg, &d, prec, fmt);
    buf_fini(&tmp);
}

/* ---- strconv/atoi.go, atob.go, atof.go --------------------------------- */

static char lower(char c) { return (char)(c | ('x' - 'X')); }

/* underscore_ok is underscoreOK: underscores only between digits or after
 * a base prefix, as in Go literals. */
static bool underscore_ok(const char *s, size_t n)
{
    char saw = '^';
    size_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+')) { s++; n--; }
    bool hex = false;
    if (n >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0') return false;
            saw = '_';
            continue;
        }
        if (saw == '_') return false;
        saw = '!';
    }
    return saw != '_';
}

NumErr fmt_parse_uint(const char *s, size_t n, int base, int bitsize, uint64_t *out)
{
    *out = 0;
    if (n == 0) return NUM_SYNTAX;
    bool base0 = base == 0;
    const char *s0 = s;
    size_t n0 = n;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && lower(s[1]) == 'b') { base = 2; s += 2; n -= 2; }
            else if (n >= 3 && lower(s[1]) == 'o') { base = 8; s += 2; n -= 2; }
            else if (n >= 3 && lower(s[1]) == 'x') { base = 16; s += 2; n -= 2; }
            else { base = 8; s++; n--; }
        }
    } else if (base < 2 || base > 36) {
        return NUM_BASE;
    }
    if (bitsize == 0) bitsize = 64;
    else if (bitsize < 0 || bitsize > 64) return NUM_BITSIZE;

    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t max_val = bitsize == 64 ? UINT64_MAX : ((uint64_t)1 << bitsize) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        int d;
        if (c == '_' && base0) { underscores = true; continue; }
        if (c >= '0' && c <= '9') d = c - '0';
        else if (lower(c) >= 'a' && lower(c) <= 'z') d = lower(c) - 'a' + 10;
        else return NUM_SYNTAX;
        if (d >= base) return NUM_SYNTAX;
        if (v >= cutoff) { *out = max_val; return NUM_RANGE; }
        v *= (uint64_t)base;
        uint64_t v1 = v + (uint64_t)d;
        if (v1 < v || v1 > max_val) { *out = max_val; return NUM_RANGE; }
        v = v1;
    }
    if (underscores && !underscore_ok(s0, n0)) return NUM_SYNTAX;
    *out = v;
    return NUM_OK;
}

NumErr fmt_parse_int(const char *s, size_t n, int base, int bitsize, int64_t *out)
{
    *out = 0;
    if (n == 0) return NUM_SYNTAX;
    bool neg = false;
    if (s[0] == '+') { s++; n--; }
    else if (s[0] == '-') { neg = true; s++; n--; }
    uint64_t un;
    NumErr e = fmt_parse_uint(s, n, base, bitsize, &un);
    if (e != NUM_OK && e != NUM_RANGE) return e;
    if (bitsize == 0) bitsize = 64;
    uint64_t cutoff = (uint64_t)1 << (bitsize - 1);
    int64_t max = (int64_t)(cutoff - 1);
    if (!neg && un >= cutoff) { *out = max; return NUM_RANGE; }
    if (neg && un > cutoff) { *out = -max - 1; return NUM_RANGE; }
    if (neg) *out = un == cutoff ? -max - 1 : -(int64_t)un;
    else *out = (int64_t)un;
    return NUM_OK;
}

static bool str_is(const char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

NumErr fmt_parse_bool(const char *s, size_t n, bool *out)
{
    static const char *const yes[] = {"1", "t", "T", "true", "TRUE", "True"};
    static const char *const no[] = {"0", "f", "F", "false", "FALSE", "False"};
    *out = false;
    for (size_t i = 0; i < LEN(yes); i++) {
        if (str_is(s, n, yes[i])) { *out = true; return NUM_OK; }
        if (str_is(s, n, no[i])) return NUM_OK;
    }
    return NUM_SYNTAX;
}

void fmt_num_error(Buf *b, const char *fn, const char *s, size_t n, NumErr e, int arg)
{
    buf_printf(b, "strconv.%s: parsing ", fn);
    fmt_quote(b, s, n, false, false);
    switch (e) {
    case NUM_OK: buf_puts(b, ": <nil>"); break;
    case NUM_SYNTAX: buf_puts(b, ": invalid syntax"); break;
    case NUM_RANGE: buf_puts(b, ": value out of range"); break;
    case NUM_BASE: buf_printf(b, ": invalid base %d", arg); break;
    case NUM_BITSIZE: buf_printf(b, ": invalid bit size %d", arg); break;
    }
}

/* prefix_len_ignore_case is commonPrefixLenIgnoreCase. */
static size_t prefix_len_ignore_case(const char *s, size_t n, const char *prefix)
{
    size_t m = strlen(prefix);
    if (m > n) m = n;
    for (size_t i = 0; i < m; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 'a' - 'A');
        if (c != prefix[i]) return i;
    }
    return m;
}

/* special parses a leading "inf", "infinity" (optionally signed) or "nan";
 * returns the bytes used, 0 if none. */
static size_t special(const char *s, size_t n, double *f)
{
    if (n == 0) return 0;
    double sign = 1;
    size_t nsign = 0;
    switch (s[0]) {
    case '+': case '-':
        if (s[0] == '-') sign = -1;
        nsign = 1;
        s++;
        n--;
        /* fallthrough */
    case 'i': case 'I': {
        size_t k = prefix_len_ignore_case(s, n, "infinity");
        if (3 < k && k < 8) k = 3;
        if (k == 3 || k == 8) { *f = sign * INFINITY; return nsign + k; }
        break;
    }
    case 'n': case 'N':
        if (prefix_len_ignore_case(s, n, "nan") == 3) { *f = NAN; return 3; }
        break;
    }
    return 0;
}

/* ReadFloat holds what readFloat finds in a decimal or hex float literal. */
typedef struct ReadFloat {
    uint64_t mantissa;  /* the first 19 decimal / 16 hex significant digits */
    int      exp;       /* decimal or binary exponent of mantissa's last digit */
    bool     neg, trunc, hex;
    size_t   n;         /* bytes used */
    int      ndigits;   /* decimal only: significant digits without leading zeros */
} ReadFloat;

/* read_float is readFloat: false on a syntax error. */
static bool read_float(const char *s, size_t n, ReadFloat *rf)
{
    memset(rf, 0, sizeof *rf);
    bool underscores = false;
    size_t i = 0;
    if (i >= n) return false;
    if (s[i] == '+') i++;
    else if (s[i] == '-') { rf->neg = true; i++; }

    uint64_t base = 10;
    int max_mant_digits = 19;
    char exp_char = 'e';
    if (i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x') {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = 'p';
        rf->hex = true;
    }
    bool sawdot = false, sawdigits = false;
    int nd = 0, nd_mant = 0, dp = 0;
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_') { underscores = true; continue; }
        if (c == '.') {
            if (sawdot) break;
            sawdot = true;
            dp = nd;
            continue;
        }
        if (c >= '0' && c <= '9') {
            sawdigits = true;
            if (c == '0' && nd == 0) { dp--; continue; }
            nd++;
            if (nd_mant < max_mant_digits) {
                rf->mantissa = rf->mantissa * base + (uint64_t)(c - '0');
                nd_mant++;
            } else if (c != '0') {
                rf->trunc = true;
            }
            continue;
        }
        if (base == 16 && lower(c) >= 'a' && lower(c) <= 'f') {
            sawdigits = true;
            nd++;
            if (nd_mant < max_mant_digits) {
                rf->mantissa = rf->mantissa * 16 + (uint64_t)(lower(c) - 'a' + 10);
                nd_mant++;
            } else {
                rf->trunc = true;
            }
            continue;
        }
        break;
    }
    if (!sawdigits) return false;
    if (!sawdot) dp = nd;
    rf->ndigits = nd;
    if (base == 16) {
        dp *= 4;
        nd_mant *= 4;
    }
    if (i < n && lower(s[i]) == exp_char) {
        i++;
        if (i >= n) return false;
        int esign = 1;
        if (s[i] == '+') i++;
        else if (s[i] == '-') { i++; esign = -1; }
        if (i >= n || s[i] < '0' || s[i] > '9') return false;
        int e = 0;
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) {
            if (s[i] == '_') { underscores = true; continue; }
            if (e < 10000) e = e * 10 + (s[i] - '0');
        }
        dp += e * esign;
    } else if (base == 16) {
        return false; /* a hex mantissa needs a 'p' exponent */
    }
    if (rf->mantissa != 0) rf->exp = dp - nd_mant;
    if (underscores && !underscore_ok(s, i)) return false;
    rf->n = i;
    return true;
}

/* atof_hex is atofHex: rounds mantissa × 2^exp to flt's precision.
 * Returns false on overflow (the result is then ±Inf). */
static bool atof_hex(const FloatInfo *flt, uint64_t mantissa, int exp, bool neg, bool trunc,
                     double *out)
{
    int max_exp = (1 << flt->expbits) + flt->bias - 2;
    int min_exp = flt->bias + 1;
    exp += (int)flt->mantbits;
    while (mantissa != 0 && mantissa >> (flt->mantbits + 2) == 0) {
        mantissa <<= 1;
        exp--;
    }
    if (trunc) mantissa |= 1;
    while (mantissa >> (1 + flt->mantbits + 2) != 0) {
        mantissa = mantissa >> 1 | (mantissa & 1);
        exp++;
    }
    while (mantissa > 1 && exp < min_exp - 2) {
        mantissa = mantissa >> 1 | (mantissa & 1);
        exp++;
    }
    uint64_t round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1; /* round to even */
    exp += 2;
    if (round == 3) {
        mantissa++;
        if (mantissa == (uint64_t)1 << (1 + flt->mantbits)) {
            mantissa >>= 1;
            exp++;
        }
    }
    if (mantissa >> flt->mantbits == 0) exp = flt->bias; /* denormal or zero */
    bool ok = true;
    if (exp > max_exp) {
        mantissa = (uint64_t)1 << flt->mantbits;
        exp = max_exp + 1;
        ok = false;
    }
    uint64_t bits = mantissa & (((uint64_t)1 << flt->mantbits) - 1);
    bits |= (uint64_t)((exp - flt->bias) & ((1 << flt->expbits) - 1)) << flt->mantbits;
    if (neg) bits |= (uint64_t)1 << flt->mantbits << flt->expbits;
    if (flt == &FLOAT32_INFO) {
        uint32_t u = (uint32_t)bits;
        float g;
        memcpy(&g, &u, sizeof g);
        *out = g;
    } else {
        memcpy(out, &bits, sizeof bits);
    }
    return ok;
}

/* atof_dec converts a decimal literal already checked by read_float with the
 * C library's correctly rounded strtod/strtof, given digits and an exponent
 * only (no radix character). Returns false on overflow. */
static bool atof_dec(const char *s, size_t n, int bitsize, double *out)
{
    Buf t = BUF_INIT;
    size_t i = 0;
    long exp = 0, e = 0;
    int esign = 1;
    bool sawdot = false, lead = true;
    if (s[i] == '+' || s[i] == '-') buf_putc(&t, s[i++]);
    for (; i < n; i++) {
        char c = s[i];
        if (c == '_') continue;
        if (c == '.') { sawdot = true; continue; }
        if (c < '0' || c > '9') break;
        if (sawdot) exp--;
        if (c == '0' && lead) continue; /* keep the copy short */
        lead = false;
        buf_putc(&t, c);
    }
    if (lead) buf_putc(&t, '0');
    if (i < n) { /* exponent, as read_float: capped near 10000 */
        i++;
        if (s[i] == '+') i++;
        else if (s[i] == '-') { esign = -1; i++; }
        for (; i < n; i++)
            if (s[i] != '_' && e < 10000) e = e * 10 + (s[i] - '0');
    }
    exp += esign * e;
    buf_printf(&t, "e%ld", exp);
    bool ok;
    if (bitsize == 32) {
        float g = strtof(t.data, NULL);
        ok = !isinf(g);
        *out = g;
    } else {
        *out = strtod(t.data, NULL);
        ok = !isinf(*out);
    }
    buf_fini(&t);
    return ok;
}

NumErr fmt_parse_float(const char *s, size_t n, int bitsize, double *out)
{
    *out = 0;
    double f;
    size_t used = special(s, n, &f);
    if (used) {
        if (used != n) return NUM_SYNTAX;
        if (isnan(f) && bitsize != 32) { /* Go's math.NaN() bits */
            uint64_t nan = 0x7FF8000000000001;
            memcpy(&f, &nan, sizeof f);
        }
        *out = f;
        return NUM_OK;
    }
    ReadFloat rf;
    if (!read_float(s, n, &rf) || rf.n != n) return NUM_SYNTAX;
    bool ok;
    if (rf.hex)
        ok = atof_hex(bitsize == 32 ? &FLOAT32_INFO : &FLOAT64_INFO, rf.mantissa, rf.exp, rf.neg,
                      rf.trunc, &f);
    else
        ok = atof_dec(s, n, bitsize, &f);
    *out = f;
    return ok ? NUM_OK : NUM_RANGE;
}

/* ---- fmt/format.go ----------------------------------------------------- */

/* Each fmt_spec_* works on its own copy of the FmtSpec, which Go's code
 * changes for a moment (f.zero = false around a pad). */

/* write_padding is fmt.writePadding: n bytes of ' ' or, with f->zero, '0'. */
static void write_padding(Buf *b, const FmtSpec *f, int n)
{
    if (n <= 0) return;
    buf_reserve(b, (size_t)n);
    memset(b->data + b->len, f->zero ? '0' : ' ', (size_t)n);
    b->len += (size_t)n;
    b->data[b->len] = '\0';
}

void fmt_pad(Buf *b, const FmtSpec *f, const char *s, size_t n)
{
    if (!f->has_width || f->width == 0) {
        buf_add(b, s, n);
        return;
    }
    int width = f->width - rune_count(s, n);
    if (!f->minus) {
        write_padding(b, f, width);
        buf_add(b, s, n);
    } else {
        buf_add(b, s, n);
        write_padding(b, f, width);
    }
}

/* pad_nozero pads with spaces whatever f->zero says. */
static void pad_nozero(Buf *b, FmtSpec *f, const char *s, size_t n)
{
    bool old = f->zero;
    f->zero = false;
    fmt_pad(b, f, s, n);
    f->zero = old;
}

static void pad_cstr(Buf *b, const FmtSpec *f, const char *s) { fmt_pad(b, f, s, strlen(s)); }

/* fmt_unicode is fmt.fmtUnicode: U+0078, or with f->sharp U+0078 'x'. */
static void fmt_unicode(Buf *b, FmtSpec *f, uint64_t u)
{
    int prec = 4;
    if (f->has_prec && f->prec > 4) prec = f->prec;
    char hex[16];
    int nh = 0;
    uint64_t v = u;
    do {
        hex[nh++] = UDIGITS[v & 0xF];
        v >>= 4;
    } while (v);
    Buf t = BUF_INIT;
    buf_puts(&t, "U+");
    for (int i = nh; i < prec; i++) buf_putc(&t, '0');
    while (nh > 0) buf_putc(&t, hex[--nh]);
    if (f->sharp && u <= MAX_RUNE && fmt_is_print((int32_t)u)) {
        buf_puts(&t, " '");
        buf_rune(&t, (int32_t)u);
        buf_putc(&t, '\'');
    }
    pad_nozero(b, f, t.data, t.len);
    buf_fini(&t);
}

/* fmt_integer is fmt.fmtInteger; digits is LDIGITS or UDIGITS. */
static void fmt_integer(Buf *b, FmtSpec *f, uint64_t u, int base, bool is_signed, int32_t verb,
                        const char *digits)
{
    bool negative = is_signed && (int64_t)u < 0;
    if (negative) u = -u;

    /* Two ways to ask for extra leading zero digits: %.3d or %03d. If both
     * are given the zero flag is ignored and spaces pad instead. */
    int prec = 0;
    if (f->has_prec) {
        prec = f->prec;
        if (prec == 0 && u == 0) { /* precision 0 and value 0 print nothing but padding */
            bool old = f->zero;
            f->zero = false;
            write_padding(b, f, f->width);
            f->zero = old;
            return;
        }
    } else if (f->zero && f->has_width) {
        prec = f->width;
        if (negative || f->plus || f->space) prec--; /* leave room for the sign */
    }

    char num[64];
    int nd = 0;
    do {
        num[nd++] = digits[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);

    Buf t = BUF_INIT;
    if (negative) buf_putc(&t, '-');
    else if (f->plus) buf_putc(&t, '+');
    else if (f->space) buf_putc(&t, ' ');
    if (verb == 'O') buf_puts(&t, "0o");
    bool zero_lead = nd < prec || num[nd - 1] == '0';
    if (f->sharp) {
        switch (base) {
        case 2: buf_puts(&t, "0b"); break;
        case 8: if (!zero_lead) buf_putc(&t, '0'); break;
        case 16: buf_putc(&t, '0'); buf_putc(&t, digits[16]); break;
        }
    }
    for (int i = nd; i < prec; i++) buf_putc(&t, '0');
    while (nd > 0) buf_putc(&t, num[--nd]);
    pad_nozero(b, f, t.data, t.len);
    buf_fini(&t);
}

/* truncate is fmt.truncate: the byte length of s cut to f->prec runes. */
static size_t truncate(const FmtSpec *f, const char *s, size_t n)
{
    if (!f->has_prec) return n;
    int left = f->prec;
    for (size_t i = 0; i < n;) {
        if (--left < 0) return i;
        int w = 1;
        if ((unsigned char)s[i] >= RUNE_SELF) decode_rune(s + i, n - i, &w);
        i += (size_t)w;
    }
    return n;
}

/* fmt_s is fmt.fmtS and fmt.fmtBs. */
static void fmt_s(Buf *b, const FmtSpec *f, const char *s, size_t n)
{
    fmt_pad(b, f, s, truncate(f, s, n));
}

/* fmt_sbx is fmt.fmtSbx: hex of the bytes of s. */
static void fmt_sbx(Buf *b, const FmtSpec *f, const char *s, size_t n, const char *digits)
{
    size_t length = n;
    if (f->has_prec && (size_t)f->prec < length) length = (size_t)f->prec;
    size_t width = 2 * length;
    if (width > 0) {
        if (f->space) {
            if (f->sharp) width *= 2;
            width += length - 1;
        } else if (f->sharp) {
            width += 2;
        }
    } else {
        if (f->has_width) write_padding(b, f, f->width);
        return;
    }
    if (f->has_width && (size_t)f->width > width && !f->minus)
        write_padding(b, f, f->width - (int)width);
    if (f->sharp) {
        buf_putc(b, '0');
        buf_putc(b, digits[16]);
    }
    for (size_t i = 0; i < length; i++) {
        if (f->space && i > 0) {
            buf_putc(b, ' ');
            if (f->sharp) {
                buf_putc(b, '0');
                buf_putc(b, digits[16]);
            }
        }
        unsigned char c = (unsigned char)s[i];
        buf_putc(b, digits[c >> 4]);
        buf_putc(b, digits[c & 0xF]);
    }
    if (f->has_width && (size_t)f->width > width && f->minus)
        write_padding(b, f, f->width - (int)width);
}

/* fmt_q is fmt.fmtQ: a quoted string, or `raw` for %#q when possible. */
static void fmt_q(Buf *b, const FmtSpec *f, const char *s, size_t n)
{
    n = truncate(f, s, n);
    Buf t = BUF_INIT;
    if (f->sharp && fmt_can_backquote(s, n)) {
        buf_putc(&t, '`');
        buf_add(&t, s, n);
        buf_putc(&t, '`');
    } else {
        fmt_quote(&t, s, n, f->plus, false);
    }
    fmt_pad(b, f, buf_str(&t), t.len);
    buf_fini(&t);
}

/* fmt_c is fmt.fmtC: the integer as a character, U+FFFD if invalid. */
static void fmt_c(Buf *b, const FmtSpec *f, uint64_t c)
{
    Buf t = BUF_INIT;
    buf_rune(&t, c > MAX_RUNE ? RUNE_ERROR : (int32_t)c);
    fmt_pad(b, f, t.data, t.len);
    buf_fini(&t);
}

/* fmt_qc is fmt.fmtQc: the integer as a quoted character. */
static void fmt_qc(Buf *b, const FmtSpec *f, uint64_t c)
{
    Buf t = BUF_INIT;
    fmt_quote_rune(&t, c > MAX_RUNE ? RUNE_ERROR : (int32_t)c, f->plus);
    fmt_pad(b, f, t.data, t.len);
    buf_fini(&t);
}

/* fmt_float_verb is fmt.fmtFloat: verb is a strconv format, prec its
 * default precision (overruled by f->prec). */
static void fmt_float_verb(Buf *b, FmtSpec *f, double v, int size, char verb, int prec)
{
    if (f->has_prec) prec = f->prec;
    Buf nb = BUF_INIT;
    buf_putc(&nb, '+'); /* room for a leading sign */
    fmt_float(&nb, v, verb, prec, size);
    char *num = nb.data;
    size_t len = nb.len;
    if (num[1] == '-' || num[1] == '+') { num++; len--; }
    else num[0] = '+';
    /* f->space means a leading space instead of "+", unless f->plus. */
    if (f->space && num[0] == '+' && !f->plus) num[0] = ' ';
    /* Infinities and NaN don't look like numbers: no zero padding. */
    if (num[1] == 'I' || num[1] == 'N') {
        if (num[1] == 'N' && !f->space && !f->plus) { num++; len--; }
        pad_nozero(b, f, num, len);
        buf_fini(&nb);
        return;
    }
    Buf sharp = BUF_INIT;
    if (f->sharp && verb != 'b') {
        /* '#' forces a decimal point and keeps trailing zeros. */
        int digits = 0;
        switch (verb) {
        case 'v': case 'g': case 'G': case 'x':
            digits = prec == -1 ? 6 : prec;
            break;
        }
        size_t cut = len; /* where an exponent tail starts */
        bool has_dot = false, saw_nonzero = false;
        for (size_t i = 1; i < len; i++) {
            char c = num[i];
            if (c == '.') { has_dot = true; continue; }
            if (c == 'p' || c == 'P') { cut = i; break; }
            if ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') { cut = i; break; }
            if (c != '0') saw_nonzero = true;
            if (saw_nonzero) digits--; /* count significant digits */
        }
        buf_add(&sharp, num, cut);
        if (!has_dot) {
            if (cut == 2 && num[1] == '0') digits--; /* a lone 0 counts once */
            buf_putc(&sharp, '.');
        }
        for (; digits > 0; digits--) buf_putc(&sharp, '0');
        buf_add(&sharp, num + cut, len - cut);
        num = sharp.data;
        len = sharp.len;
    }
    if (f->plus || num[0] != '+') {
        /* Zero padding goes between the sign and the digits. */
        if (f->zero && f->has_width && (size_t)f->width > len) {
            buf_putc(b, num[0]);
            write_padding(b, f, f->width - (int)len);
            buf_add(b, num + 1, len - 1);
        } else {
            fmt_pad(b, f, num, len);
        }
    } else {
        fmt_pad(b, f, num + 1, len - 1);
    }
    buf_fini(&sharp);
    buf_fini(&nb);
}

/* ---- fmt/print.go: verb dispatch --------------------------------------- */

/* fmt_0x64 is pp.fmt0x64: hex with or without a leading 0x. */
static void fmt_0x64(Buf *b, FmtSpec *f, uint64_t v, bool leading0x)
{
    bool sharp = f->sharp;
    f->sharp = leading0x;
    fmt_integer(b, f, v, 16, false, 'v', LDIGITS);
    f->sharp = sharp;
}

bool fmt_spec_int(Buf *b, const FmtSpec *sp, uint64_t v, bool is_signed, int bitsize)
{
    (void)bitsize;
    FmtSpec f = *sp;
    switch (f.verb) {
    case 'v':
        if (f.sharpV && !is_signed) fmt_0x64(b, &f, v, true);
        else fmt_integer(b, &f, v, 10, is_signed, f.verb, LDIGITS);
        return true;
    case 'd': fmt_integer(b, &f, v, 10, is_signed, f.verb, LDIGITS); return true;
    case 'b': fmt_integer(b, &f, v, 2, is_signed, f.verb, LDIGITS); return true;
    case 'o': case 'O': fmt_integer(b, &f, v, 8, is_signed, f.verb, LDIGITS); return true;
    case 'x': fmt_integer(b, &f, v, 16, is_signed, f.verb, LDIGITS); return true;
    case 'X': fmt_integer(b, &f, v, 16, is_signed, f.verb, UDIGITS); return true;
    case 'c': fmt_c(b, &f, v); return true;
    case 'q': fmt_qc(b, &f, v); return true;
    case 'U': fmt_unicode(b, &f, v); return true;
    }
    return false;
}

bool fmt_spec_float(Buf *b, const FmtSpec *sp, double v, int bitsize)
{
    FmtSpec f = *sp;
    switch (f.verb) {
    case 'v': fmt_float_verb(b, &f, v, bitsize, 'g', -1); return true;
    case 'b': case 'g': case 'G': case 'x': case 'X':
        fmt_float_verb(b, &f, v, bitsize, (char)f.verb, -1);
        return true;
    case 'f': case 'e': case 'E': fmt_float_verb(b, &f, v, bitsize, (char)f.verb, 6); return true;
    case 'F': fmt_float_verb(b, &f, v, bitsize, 'f', 6); return true;
    }
    return false;
}

bool fmt_spec_complex(Buf *b, const FmtSpec *sp, double re, double im, int bitsize)
{
    switch (sp->verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X': case 'f': case 'F': case 'e':
    case 'E': {
        FmtSpec f = *sp;
        buf_putc(b, '(');
        fmt_spec_float(b, &f, re, bitsize / 2);
        f.plus = true; /* the imaginary part always has a sign */
        fmt_spec_float(b, &f, im, bitsize / 2);
        buf_puts(b, "i)");
        return true;
    }
    }
    return false;
}

bool fmt_spec_string(Buf *b, const FmtSpec *sp, const char *s, size_t n)
{
    switch (sp->verb) {
    case 'v':
        if (sp->sharpV) fmt_q(b, sp, s, n);
        else fmt_s(b, sp, s, n);
        return true;
    case 's': fmt_s(b, sp, s, n); return true;
    case 'x': fmt_sbx(b, sp, s, n, LDIGITS); return true;
    case 'X': fmt_sbx(b, sp, s, n, UDIGITS); return true;
    case 'q': fmt_q(b, sp, s, n); return true;
    }
    return false;
}

bool fmt_spec_bytes(Buf *b, const FmtSpec *sp, const uint8_t *s, size_t n, bool is_nil,
                    const char *type_str)
{
    FmtSpec f = *sp;
    const char *cs = (const char *)s;
    if (n == 0) cs = "";
    switch (f.verb) {
    case 'v': case 'd':
        if (f.sharpV) {
            buf_puts(b, type_str ? type_str : "[]byte");
            if (is_nil) {
                buf_puts(b, "(nil)");
                return true;
            }
            buf_putc(b, '{');
            for (size_t i = 0; i < n; i++) {
                if (i > 0) buf_puts(b, ", ");
                fmt_0x64(b, &f, s[i], true);
            }
            buf_putc(b, '}');
        } else {
            buf_putc(b, '[');
            for (size_t i = 0; i < n; i++) {
                if (i > 0) buf_putc(b, ' ');
                fmt_integer(b, &f, s[i], 10, false, f.verb, LDIGITS);
            }
            buf_putc(b, ']');
        }
        return true;
    case 's': fmt_s(b, &f, cs, n); return true;
    case 'x': fmt_sbx(b, &f, cs, n, LDIGITS); return true;
    case 'X': fmt_sbx(b, &f, cs, n, UDIGITS); return true;
    case 'q': fmt_q(b, &f, cs, n); return true;
    }
    return false;
}

bool fmt_spec_bool(Buf *b, const FmtSpec *sp, bool v)
{
    if (sp->verb != 't' && sp->verb != 'v') return false;
    pad_cstr(b, sp, v ? "true" : "false");
    return true;
}

bool fmt_pointer(Buf *b, const FmtSpec *sp, uintptr_t p)
{
    FmtSpec f = *sp;
    switch (f.verb) {
    case 'v':
        if (f.sharpV) return false;
        if (p == 0) pad_cstr(b, &f, "<nil>");
        else fmt_0x64(b, &f, p, !f.sharp);
        return true;
    case 'p':
        fmt_0x64(b, &f, p, !f.sharp);
        return true;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        return fmt_spec_int(b, &f, p, false, 64);
    }
    return false;
}

/* ---- fmt/print.go: doPrintf -------------------------------------------- */

/* too_large reports whether x is too big to be a width or precision. */
static bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

/* parsenum reads a decimal number in s[start..end): returns the index after
 * it, or end (with *isnum false) when it is absurdly long. */
static size_t parsenum(const char *s, size_t start, size_t end, int *num, bool *isnum)
{
    *num = 0;
    *isnum = false;
    if (start >= end) return end;
    size_t i;
    for (i = start; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
        if (too_large(*num)) {
            *num = 0;
            *isnum = false;
            return end;
        }
        *num = *num * 10 + (s[i] - '0');
        *isnum = true;
    }
    return i;
}

/* Printer is the part of Go's pp that doPrintf uses. */
typedef struct Printer {
    Buf           *buf;
    const FmtArgs *args;
    FmtSpec        f;
    bool           reordered;    /* an explicit [n] index was used */
    bool           good_arg_num; /* the last [n] index was valid */
} Printer;

/* arg_number is pp.argNumber: reads an optional [n] at format[*i]. */
static int arg_number(Printer *p, int arg_num, const char *format, size_t end, size_t *i,
                      bool *found)
{
    *found = false;
    if (*i >= end || format[*i] != '[') return arg_num;
    p->reordered = true;
    /* parseArgNumber */
    const char *s = format + *i;
    size_t n = end - *i, wid = 1;
    int index = 0;
    bool ok = false;
    if (n >= 3) {
        for (size_t j = 1; j < n; j++) {
            if (s[j] == ']') {
                bool isnum;
                size_t newj = parsenum(s, 1, j, &index, &isnum);
                ok = isnum && newj == j;
                index = ok ? index - 1 : 0;
                wid = j + 1;
                break;
            }
        }
    }
    *i += wid;
    if (ok && 0 <= index && index < p->args->n) {
        *found = true;
        return index;
    }
    p->good_arg_num = false;
    *found = ok;
    return arg_num;
}

/* int_from_arg is intFromArg: operand arg_num as a width or precision. */
static int int_from_arg(Printer *p, int arg_num, int *num, bool *is_int)
{
    *num = 0;
    *is_int = false;
    if (arg_num >= p->args->n) return arg_num;
    int64_t v = 0;
    if (p->args->as_int && p->args->as_int(p->args->ctx, arg_num, &v)) *is_int = true;
    if (!*is_int || too_large(v)) {
        *is_int = false;
        v = 0;
    }
    *num = (int)v;
    return arg_num + 1;
}

static void print_arg(Printer *p, int i, int32_t verb)
{
    p->f.verb = verb;
    p->args->format(p->args->ctx, p->buf, i, &p->f);
}

/* set_v turns %#v and %+v into sharpV and plusV, as doPrintf does. */
static void set_v(FmtSpec *f)
{
    f->sharpV = f->sharp;
    f->sharp = false;
    f->plusV = f->plus;
    f->plus = false;
}

void fmt_printf(Buf *b, const char *format, size_t end, const FmtArgs *args)
{
    Printer pr = {.buf = b, .args = args};
    Printer *p = &pr;
    int nargs = args->n;
    int arg_num = 0;          /* one operand per non-trivial verb */
    bool after_index = false; /* the previous item was an index like [3] */

    for (size_t i = 0; i < end;) {
        p->good_arg_num = true;
        size_t lasti = i;
        while (i < end && format[i] != '%') i++;
        if (i > lasti) buf_add(b, format + lasti, i - lasti);
        if (i >= end) break;
        i++; /* skip '%' */

        memset(&p->f, 0, sizeof p->f);
        bool simple_done = false;
        for (; i < end; i++) {
            char c = format[i];
            bool flag = true;
            switch (c) {
            case '#': p->f.sharp = true; break;
            case '0': p->f.zero = !p->f.minus; break; /* zero padding only on the left */
            case '+': p->f.plus = true; break;
            case '-': p->f.minus = true; p->f.zero = false; break;
            case ' ': p->f.space = true; break;
            default: flag = false; break;
            }
            if (flag) continue;
            /* Fast path: a lower-case verb right after the flags. */
            if ('a' <= c && c <= 'z' && arg_num < nargs) {
                if (c == 'v') set_v(&p->f);
                print_arg(p, arg_num, c);
                arg_num++;
                i++;
                simple_done = true;
            }
            break;
        }
        if (simple_done) continue;

        /* An explicit argument index? */
        arg_num = arg_number(p, arg_num, format, end, &i, &after_index);

        /* Width. */
        if (i < end && format[i] == '*') {
            i++;
            arg_num = int_from_arg(p, arg_num, &p->f.width, &p->f.has_width);
            if (!p->f.has_width) buf_puts(b, "%!(BADWIDTH)");
            if (p->f.width < 0) { /* negative width: take its value and pad right */
                p->f.width = -p->f.width;
                p->f.minus = true;
                p->f.zero = false;
            }
            after_index = false;
        } else {
            i = parsenum(format, i, end, &p->f.width, &p->f.has_width);
            if (after_index && p->f.has_width) p->good_arg_num = false; /* "%[3]2d" */
        }

        /* Precision. */
        if (i + 1 < end && format[i] == '.') {
            i++;
            if (after_index) p->good_arg_num = false; /* "%[3].2d" */
            arg_num = arg_number(p, arg_num, format, end, &i, &after_index);
            if (i < end && format[i] == '*') {
                i++;
                arg_num = int_from_arg(p, arg_num, &p->f.prec, &p->f.has_prec);
                if (p->f.prec < 0) { /* negative precisions make no sense */
                    p->f.prec = 0;
                    p->f.has_prec = false;
                }
                if (!p->f.has_prec) buf_puts(b, "%!(BADPREC)");
                after_index = false;
            } else {
                i = parsenum(format, i, end, &p->f.prec, &p->f.has_prec);
                if (!p->f.has_prec) {
                    p->f.prec = 0;
                    p->f.has_prec = true;
                }
            }
        }

        if (!after_index) arg_num = arg_number(p, arg_num, format, end, &i, &after_index);

        if (i >= end) {
            buf_puts(b, "%!(NOVERB)");
            break;
        }

        int32_t verb = (unsigned char)format[i];
        int size = 1;
        if (verb >= RUNE_SELF) verb = decode_rune(format + i, end - i, &size);
        i += (size_t)size;

        if (verb == '%') { /* absorbs no operand and ignores width and precision */
            buf_putc(b, '%');
        } else if (!p->good_arg_num) {
            buf_puts(b, "%!");
            buf_rune(b, verb);
            buf_puts(b, "(BADINDEX)");
        } else if (arg_num >= nargs) {
            buf_puts(b, "%!");
            buf_rune(b, verb);
            buf_puts(b, "(MISSING)");
        } else {
            if (verb == 'v') set_v(&p->f);
            print_arg(p, arg_num, verb);
            arg_num++;
        }
    }

    /* Extra operands, unless they were accessed out of order. */
    if (!p->reordered && arg_num < nargs) {
        buf_puts(b, "%!(EXTRA ");
        for (int i = arg_num; i < nargs; i++) {
            if (i > arg_num) buf_puts(b, ", ");
            args->type_and_value(args->ctx, b, i);
        }
        buf_putc(b, ')');
    }
}
