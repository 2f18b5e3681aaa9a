package ai.kai.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.complex.Complex;
import org.junit.jupiter.api.Test;

class OptimizersTest {
    private static final ToDoubleFunction<double[]> ROSENBROCK =
            x -> 100 * Math.pow(x[1] - x[0] * x[0], 2) + Math.pow(1 - x[0], 2);

    @Test
    void shouldMinimiseRosenbrockByNelderMead() {
        Optimum o = NelderMead.minimize(ROSENBROCK, new double[] {-1.2, 1}, 2000, 1e-12);
        assertThat(o.converged()).isTrue();
        assertThat(o.point()[0]).isCloseTo(1, within(1e-3));
        assertThat(o.point()[1]).isCloseTo(1, within(2e-3));
    }

    @Test
    void shouldMinimiseRosenbrockByBfgs() {
        Optimum o = Bfgs.minimize(ROSENBROCK, new double[] {-1.2, 1}, 500, 1e-12, 1e-6);
        assertThat(o.point()[0]).isCloseTo(1, within(1e-4));
        assertThat(o.point()[1]).isCloseTo(1, within(1e-4));
    }

    @Test
    void shouldTellRootsInsideFromRootsOutsideTheUnitCircle() {
        // (1 - 0.5z)(1 - 0.8z): roots 2 and 1.25, outside; reversed they are inside
        double[] p = Polynomials.multiply(new double[] {1, -0.5}, new double[] {1, -0.8});
        assertThat(Polynomials.rootsOutside(p, 1)).isTrue();
        assertThat(Polynomials.rootsOutside(p, 1.3)).isFalse();
        assertThat(Polynomials.rootsInside(new double[] {p[2], p[1], p[0]}, 1)).isTrue();
        // z^2 + 1.2 z + 0.9: complex pair with modulus sqrt(0.9)
        assertThat(Polynomials.rootsInside(new double[] {0.9, 1.2, 1}, 0.95)).isTrue();
        assertThat(Polynomials.rootsInside(new double[] {0.9, 1.2, 1}, 0.94)).isFalse();
        Complex[] roots = Polynomials.roots(new double[] {0.9, 1.2, 1});
        assertThat(roots[0].abs()).isCloseTo(Math.sqrt(0.9), within(1e-12));
    }
}
