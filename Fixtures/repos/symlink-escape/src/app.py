print("symlink-escape fixture")
