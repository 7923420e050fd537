// The system's OpenSSL libcrypto, for SHA-256 only: imported by RepoAccess's SHA256Hasher alone.
#include <openssl/evp.h>
