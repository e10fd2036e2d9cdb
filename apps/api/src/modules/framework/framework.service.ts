import { Injectable } from '@nestjs/common';
import { framework, indexFramework, type Framework, type FrameworkIndex } from '@idgov/framework';

// The framework is immutable data validated at import; the service is the one place the API reads
// it from, so that a later per-version registry can replace it without touching callers.
@Injectable()
export class FrameworkService {
  private readonly index: FrameworkIndex = indexFramework(framework);

  current(): Framework {
    return framework;
  }

  currentIndex(): FrameworkIndex {
    return this.index;
  }
}
