import RepoAccess
