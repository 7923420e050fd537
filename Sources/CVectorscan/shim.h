#ifndef PHIGUARD_CVECTORSCAN_SHIM_H
#define PHIGUARD_CVECTORSCAN_SHIM_H
#include <hs/hs.h>
#endif
