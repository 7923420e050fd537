#ifndef PHIGUARD_CJSONC_SHIM_H
#define PHIGUARD_CJSONC_SHIM_H
#include <json-c/json.h>
#endif
