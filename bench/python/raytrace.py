"""A small ray tracer: spheres on a checkered plane, one point light with
shadows and two levels of mirror reflection, with a Vector class whose
operators make a new object each time.  main(n) renders an n x n image
and returns the sum of its 8-bit color channels and its middle pixel."""

import math


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def norm(self):
        return self * (1.0 / math.sqrt(self.dot(self)))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, color, mirror):
        self.center = center
        self.radius = radius
        self.color = color
        self.mirror = mirror

    def hit(self, ray):
        """The nearest positive distance along ray, or None."""
        to_center = ray.origin - self.center
        b = to_center.dot(ray.direction)
        c = to_center.dot(to_center) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        for t in (-b - root, -b + root):
            if t > 1e-6:
                return t
        return None

    def normal(self, point):
        return (point - self.center).norm()

    def color_at(self, point):
        return self.color


class Plane:
    def __init__(self, height, mirror):
        self.height = height
        self.mirror = mirror

    def hit(self, ray):
        if abs(ray.direction.y) < 1e-9:
            return None
        t = (self.height - ray.origin.y) / ray.direction.y
        return t if t > 1e-6 else None

    def normal(self, point):
        return Vector(0.0, 1.0, 0.0)

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2:
            return Vector(0.9, 0.9, 0.9)
        return Vector(0.1, 0.1, 0.1)


SCENE = [
    Sphere(Vector(0.0, 1.0, 5.0), 1.0, Vector(0.9, 0.2, 0.2), 0.3),
    Sphere(Vector(-2.0, 0.7, 6.0), 0.7, Vector(0.2, 0.9, 0.2), 0.5),
    Sphere(Vector(1.8, 0.5, 4.0), 0.5, Vector(0.2, 0.2, 0.9), 0.0),
    Plane(0.0, 0.2),
]
LIGHT = Vector(-3.0, 5.0, 0.0)
SKY = Vector(0.5, 0.7, 1.0)


def nearest(ray):
    best_t, best = None, None
    for thing in SCENE:
        t = thing.hit(ray)
        if t is not None and (best_t is None or t < best_t):
            best_t, best = t, thing
    return best_t, best


def trace(ray, depth):
    t, thing = nearest(ray)
    if thing is None:
        return SKY
    point = ray.at(t)
    normal = thing.normal(point)
    to_light = (LIGHT - point).norm()
    shadow_t, _ = nearest(Ray(point, to_light))
    light_distance = math.sqrt((LIGHT - point).dot(LIGHT - point))
    lit = shadow_t is None or shadow_t > light_distance
    diffuse = max(0.0, normal.dot(to_light)) if lit else 0.0
    color = thing.color_at(point) * (0.1 + 0.9 * diffuse)
    if thing.mirror > 0 and depth < 2:
        d = ray.direction
        reflected = d - normal * (2 * d.dot(normal))
        color = color * (1 - thing.mirror) + trace(Ray(point, reflected), depth + 1) * thing.mirror
    return color


def to_byte(channel):
    return min(255, max(0, int(channel * 255)))


def main(n):
    eye = Vector(0.0, 1.5, -1.0)
    total = 0
    middle = None
    for row in range(n):
        for col in range(n):
            direction = Vector(col / n * 2 - 1, 0.6 - row / n * 2, 1.5).norm()
            color = trace(Ray(eye, direction), 0)
            pixel = (to_byte(color.x), to_byte(color.y), to_byte(color.z))
            total += sum(pixel)
            if row == n // 2 and col == n // 2:
                middle = pixel
    return total, middle


SIZE = 200
QUICK_SIZE = 80

if __name__ == "__main__":
    assert main(20) == (159732, (5, 2, 2)), main(20)
    print("OK")
