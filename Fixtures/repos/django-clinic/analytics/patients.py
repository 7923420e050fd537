"""Rolling statistics for the dashboard charts."""


def moving_average(values, window=7):
    if window <= 0:
        raise ValueError("window must be positive")
    totals = []
    for index in range(len(values) - window + 1):
        totals.append(sum(values[index:index + window]) / window)
    return totals
