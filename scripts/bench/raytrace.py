# A small ray tracer: vector objects, spheres, a plane, shading, reflections; a pixel checksum.
import math

EPSILON = 1e-5


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())

    def reflect(self, normal):
        return self - normal.scale(2 * self.dot(normal))


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Sphere:
    def __init__(self, center, radius, color, shine):
        self.center = center
        self.radius = radius
        self.color = color
        self.shine = shine

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t < EPSILON:
            t = -b + root
        return t if t >= EPSILON else None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane:
    def __init__(self, point, normal, color, shine):
        self.point = point
        self.normal = normal.normalized()
        self.color = color
        self.shine = shine

    def hit(self, ray):
        denom = ray.direction.dot(self.normal)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        return t if t >= EPSILON else None

    def normal_at(self, point):
        return self.normal


class Scene:
    def __init__(self, objects, light, eye):
        self.objects = objects
        self.light = light
        self.eye = eye

    def nearest(self, ray):
        best, best_t = None, math.inf
        for obj in self.objects:
            t = obj.hit(ray)
            if t is not None and t < best_t:
                best, best_t = obj, t
        return best, best_t

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            return Vector(0.1, 0.1, 0.2)
        point = ray.at(t)
        normal = obj.normal_at(point)
        to_light = (self.light - point).normalized()
        shadow, shadow_t = self.nearest(Ray(point, to_light))
        lit = shadow is None or shadow_t > (self.light - point).length()
        color = obj.color.scale(0.1)
        if lit:
            lambert = max(normal.dot(to_light), 0.0)
            color = color + obj.color.scale(lambert * 0.8)
            half = (to_light - ray.direction).normalized()
            color = color + Vector(1.0, 1.0, 1.0).scale(max(normal.dot(half), 0.0) ** 40 * 0.3)
        if obj.shine > 0 and depth < 3:
            bounce = Ray(point, ray.direction.reflect(normal))
            color = color + self.trace(bounce, depth + 1).scale(obj.shine)
        return color


def render(scene, width, height):
    pixels = []
    for row in range(height):
        for col in range(width):
            x = (col - width / 2) / width
            y = (height / 2 - row) / height
            c = scene.trace(Ray(scene.eye, Vector(x, y, 1.0)), 0)
            pixels.append(tuple(min(255, int(v * 255)) for v in (c.x, c.y, c.z)))
    return pixels


def main():
    scene = Scene(
        [
            Sphere(Vector(0.0, 0.0, 5.0), 1.0, Vector(0.9, 0.2, 0.2), 0.3),
            Sphere(Vector(-1.8, -0.4, 6.0), 0.7, Vector(0.2, 0.9, 0.3), 0.5),
            Sphere(Vector(1.6, 0.6, 4.5), 0.5, Vector(0.3, 0.3, 0.9), 0.0),
            Plane(Vector(0.0, -1.0, 0.0), Vector(0.0, 1.0, 0.0), Vector(0.8, 0.8, 0.7), 0.2),
        ],
        Vector(-3.0, 4.0, 0.0),
        Vector(0.0, 0.2, -1.0),
    )
    pixels = render(scene, 200, 150)
    checksum = 0
    for r, g, b in pixels:
        checksum = (checksum * 257 + r * 65536 + g * 256 + b) % 2147483647
    print(len(pixels), checksum, max(pixels), min(pixels))


main()
