#ifndef STELE_CHEAP_SHIM_H
#define STELE_CHEAP_SHIM_H
// glibc's mallopt and its M_* settings, which Glibc's Swift module does not declare.
#include <malloc.h>
#endif
