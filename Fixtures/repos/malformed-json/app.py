print("malformed-json fixture")
