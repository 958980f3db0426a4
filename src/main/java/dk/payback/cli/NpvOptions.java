package dk.payback.cli;

import dk.payback.calc.Discounting;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Present values on request: --npv, implied by --discount-rate or --horizon. */
final class NpvOptions {

  @Option(names = "--npv", description = "Add the net present value and the discounted payback.")
  boolean npv;

  @Mixin DiscountOptions discount;

  boolean active() {
    return npv || discount.given();
  }

  Discounting discounting() {
    return discount.discounting();
  }
}
