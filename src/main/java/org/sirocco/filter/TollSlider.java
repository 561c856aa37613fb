package org.sirocco.filter;

import java.util.function.IntSupplier;
import org.controlsfx.control.RangeSlider;

/**
 * The death-toll range slider, on {@link KilledScale}'s logarithmic positions (0 and 1 are "no bound"), whose arrow
 * keys move a thumb to the next round toll instead of a tenth of the scale.
 */
final class TollSlider extends RangeSlider {

    private final IntSupplier maxKilled;

    /** @param maxKilled the largest toll of the dataset, the scale's upper end */
    TollSlider(IntSupplier maxKilled) {
        super(0, 1, 0, 1);
        this.maxKilled = maxKilled;
    }

    /** The low thumb's toll: 0 for no bound. */
    int lowToll() {
        return getLowValue() <= 0 ? 0 : KilledScale.toKilled(getLowValue(), maxKilled.getAsInt());
    }

    /** The high thumb's toll: {@link Integer#MAX_VALUE} for no bound. */
    int highToll() {
        return getHighValue() >= 1 ? Integer.MAX_VALUE : KilledScale.toKilled(getHighValue(), maxKilled.getAsInt());
    }

    @Override
    public void incrementLowValue() {
        setLowToll(Math.min(KilledScale.stepUp(lowToll()), highToll()));
    }

    @Override
    public void decrementLowValue() {
        setLowToll(KilledScale.stepDown(lowToll()));
    }

    @Override
    public void incrementHighValue() {
        if (highToll() != Integer.MAX_VALUE) {
            setHighToll(KilledScale.stepUp(highToll()));
        }
    }

    @Override
    public void decrementHighValue() {
        int max = maxKilled.getAsInt();
        setHighToll(Math.max(KilledScale.stepDown(Math.min(highToll(), max)), lowToll()));
    }

    private void setLowToll(int toll) {
        setLowValue(toll <= 0 ? 0 : KilledScale.toPosition(toll, maxKilled.getAsInt()));
    }

    private void setHighToll(int toll) {
        setHighValue(toll >= maxKilled.getAsInt() ? 1 : KilledScale.toPosition(toll, maxKilled.getAsInt()));
    }
}
