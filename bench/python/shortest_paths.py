"""Dijkstra's shortest paths with heapq on a grid graph whose edge
weights come from a fixed hash of the coordinates, adjacency kept as
dicts of lists of tuples, then the path to the far corner rebuilt from
the predecessors.  main(n) uses an n x n grid and returns (distance to
the far corner, its path's length in edges, sum of all distances)."""

import heapq


def weight(a, b):
    return 1 + (a * 7919 + b * 104729) % 97 // 10


def make_graph(n):
    graph = {}
    for x in range(n):
        for y in range(n):
            edges = []
            for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1), (x + 1, y + 1)):
                if 0 <= nx < n and 0 <= ny < n:
                    edges.append(((nx, ny), weight(x * n + y, nx * n + ny)))
            graph[x, y] = edges
    return graph


def dijkstra(graph, source):
    distance = {source: 0}
    previous = {}
    heap = [(0, source)]
    done = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in done:
            continue
        done.add(node)
        for neighbour, w in graph[node]:
            nd = d + w
            if nd < distance.get(neighbour, nd + 1):
                distance[neighbour] = nd
                previous[neighbour] = node
                heapq.heappush(heap, (nd, neighbour))
    return distance, previous


def main(n):
    graph = make_graph(n)
    distance, previous = dijkstra(graph, (0, 0))
    corner = (n - 1, n - 1)
    edges = 0
    node = corner
    while node != (0, 0):
        node = previous[node]
        edges += 1
    return distance[corner], edges, sum(distance.values())


SIZE = 200
QUICK_SIZE = 100

if __name__ == "__main__":
    assert main(10) == (30, 13, 2148), main(10)
    print("OK")
