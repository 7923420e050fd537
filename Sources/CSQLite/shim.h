// The system's SQLite, for `synth`'s database output and `synth verify`: imported by SyntheticData alone.
#include <sqlite3.h>
