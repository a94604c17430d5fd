#ifndef STELE_CMARK_SHIM_H
#define STELE_CMARK_SHIM_H
#include <cmark.h>
#include <stdlib.h>
#endif
